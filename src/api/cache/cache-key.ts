import { createHash } from "node:crypto";

/** What an answer depends on besides the graph: who asks, what, and in which form. */
export interface AnswerInputs {
  /** The access levels the reader may see: a member's answer is never a public reader's. */
  readonly access: readonly string[];
  /** The response's media type follows the request's Accept header. */
  readonly accept: string | undefined;
  /** The request's GraphQL parameters: a POST's JSON body, or a GET's query string. */
  readonly params: GraphqlParams;
  /** Today (UTC): an answer may depend on it (awaitingReply's default `asOf`). */
  readonly day: string;
}

/** GraphQL-over-HTTP parameters as the client sent them; variables and extensions already parsed. */
export interface GraphqlParams {
  readonly query: string;
  readonly operationName: string | null;
  readonly variables: unknown;
  readonly extensions: unknown;
}

/** The cache key: a digest of everything the answer depends on besides the graph's version. */
export function answerKey(inputs: AnswerInputs): string {
  const { access, accept, params, day } = inputs;
  const material = JSON.stringify([
    day,
    [...access].sort(),
    accept ?? "",
    params.query,
    params.operationName,
    canonical(params.variables ?? null),
    canonical(params.extensions ?? null),
  ]);
  return createHash("sha256").update(material).digest("base64url");
}

/** A strong validator for one answer: the same key at the same version is the same answer. */
export function answerEtag(version: number, key: string): string {
  return `"${version}-${key}"`;
}

/**
 * The GraphQL parameters of a GET's query string or a POST's parsed JSON body, or undefined when
 * the request is not one the cache keeps (no query text, a batch, unreadable variables): Apollo
 * then answers it as usual, errors included.
 */
export function graphqlParams(method: string, search: URLSearchParams, body: unknown): GraphqlParams | undefined {
  if (method === "GET") {
    const query = search.get("query");
    if (!query) return undefined;
    const variables = parseJsonParam(search.get("variables"));
    const extensions = parseJsonParam(search.get("extensions"));
    if (variables === INVALID || extensions === INVALID) return undefined;
    return { query, operationName: search.get("operationName"), variables, extensions };
  }
  if (method !== "POST" || body === null || typeof body !== "object" || Array.isArray(body)) return undefined;
  const { query, operationName, variables, extensions } = body as Record<string, unknown>;
  if (typeof query !== "string" || query.length === 0) return undefined;
  if (operationName !== undefined && operationName !== null && typeof operationName !== "string") return undefined;
  return { query, operationName: operationName ?? null, variables: variables ?? null, extensions: extensions ?? null };
}

const INVALID = Symbol("invalid");

function parseJsonParam(raw: string | null): unknown {
  if (raw === null || raw === "") return null;
  try {
    return JSON.parse(raw);
  } catch {
    return INVALID;
  }
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` are one key. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
