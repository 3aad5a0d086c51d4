import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from "@apollo/server";
import { answerEtag, answerKey, graphqlParams } from "./cache/cache-key.js";
import { readVersion } from "./cache/read-version.js";
import type { ResponseCache } from "./cache/response-cache.js";
import { bookmarksRefusal } from "./http/bookmarks-refusal.js";
import { readBody } from "./http/read-body.js";
import { sendGraphqlError } from "./http/respond.js";
import type { ApiContext, RequestScope } from "./request-context.js";

export interface GraphqlExchange {
  readonly apollo: ApolloServer<ApiContext>;
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  readonly maxBodyBytes: number;
  readonly scope: RequestScope;
  readonly cache: ResponseCache;
  /** True when the client sent bookmarks (Neo4j-Bookmarks); the scope's reads already wait for them. */
  readonly withBookmarks?: boolean;
}

/**
 * Hands one /graphql request to Apollo: reads the body within `maxBodyBytes` (413 otherwise),
 * parses JSON bodies (400 when broken) and sends Apollo's answer back. A query the response cache
 * holds for the graph's current version is answered from it (a GET whose `If-None-Match` names
 * the answer gets 304); a successful answer is kept for the next identical request. A request with
 * bookmarks first reads the graph's version through them, so bookmarks the database refuses, or
 * writes it has not caught up with, get a clear answer before any work.
 */
export async function handleGraphql(exchange: GraphqlExchange): Promise<void> {
  const { apollo, req, res, url, maxBodyBytes, scope, cache } = exchange;
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  const method = req.method ?? "GET";
  let body: unknown;
  if (method === "POST") {
    const raw = await readBody(req, maxBodyBytes);
    if (raw.kind === "too-large") {
      return sendGraphqlError(res, 413, "PAYLOAD_TOO_LARGE", `The request body is over ${maxBodyBytes} bytes.`);
    }
    if ((headers.get("content-type") ?? "").includes("application/json")) {
      try {
        body = raw.text.length === 0 ? {} : JSON.parse(raw.text);
      } catch {
        return sendGraphqlError(res, 400, "BAD_REQUEST", "The request body is not valid JSON.");
      }
    } else {
      body = raw.text;
    }
  }

  let knownVersion: number | undefined;
  if (exchange.withBookmarks) {
    try {
      knownVersion = await readVersion(scope.context.db);
    } catch (error) {
      const refusal = bookmarksRefusal(error);
      if (refusal) return sendGraphqlError(res, refusal.status, refusal.code, refusal.message, refusal.headers);
    }
  }

  const lookup = await cacheLookup(exchange, method, body, knownVersion);
  if (lookup.use === "KEYED") {
    const { key, version } = lookup;
    const etag = answerEtag(version, key);
    if (method === "GET") {
      res.setHeader("ETag", etag);
      res.setHeader("Cache-Control", req.headers.authorization ? "private, max-age=0, must-revalidate" : "public, max-age=0, must-revalidate");
      res.appendHeader("Vary", "Authorization");
      // The client's copy is this version's answer to this request: nothing to send.
      if (etagMatches(req.headers["if-none-match"], etag)) {
        res.setHeader("X-Response-Cache", "HIT");
        res.statusCode = 304;
        res.end();
        return;
      }
    }
    const cached = lookup.fresh ? undefined : cache.get(key, version);
    if (cached) {
      if (method !== "GET") res.setHeader("Cache-Control", "no-store");
      res.setHeader("X-Response-Cache", "HIT");
      res.setHeader("Content-Type", cached.contentType);
      res.statusCode = 200;
      res.end(cached.body);
      return;
    }
  }

  const httpGraphQLRequest: HTTPGraphQLRequest = { method, headers, search: url.search, body };
  const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => scope.context });
  const status = response.status ?? 200;
  const stored = lookup.use === "KEYED" && status === 200 && response.body.kind === "complete" && scope.context.answer.cacheable;
  for (const [key, value] of response.headers) res.setHeader(key, value);
  if (!(stored && method === "GET")) {
    // Only a kept GET answer has validators; no HTTP cache may keep any other.
    res.removeHeader("ETag");
    res.setHeader("Cache-Control", "no-store");
  }
  res.setHeader("X-Response-Cache", lookup.use === "BYPASS" ? "BYPASS" : "MISS");
  res.statusCode = status;
  if (response.body.kind === "complete") {
    if (stored && lookup.use === "KEYED") {
      cache.set(lookup.key, { version: lookup.version, body: response.body.string, contentType: String(res.getHeader("content-type") ?? "application/json") });
    }
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

type Lookup =
  | { readonly use: "BYPASS" }
  | { readonly use: "KEYED"; readonly key: string; readonly version: number; readonly fresh: boolean };

/**
 * Whether the cache takes part, and under which key and graph version. It does not when it is
 * off, when the client asks for a fresh answer (`Cache-Control: no-cache`, the way to time an
 * uncached query), for a request it cannot key (Apollo then answers, errors included), or when the
 * version cannot be read (the database is away or busy: Apollo's answer says so). A fresh answer
 * asked for with `If-None-Match` (fetch() adds `no-cache` to every conditional request) is still
 * checked against the current version: that check is the validation `no-cache` asks for.
 */
async function cacheLookup(exchange: GraphqlExchange, method: string, body: unknown, knownVersion: number | undefined): Promise<Lookup> {
  const { req, url, scope, cache } = exchange;
  const fresh = asksForFreshAnswer(req);
  if (!cache.enabled || (fresh && !(method === "GET" && req.headers["if-none-match"]))) return { use: "BYPASS" };
  const params = graphqlParams(method, url.searchParams, body);
  if (!params) return { use: "BYPASS" };
  const key = answerKey({
    access: scope.context.access,
    accept: req.headers.accept,
    params,
    day: new Date().toISOString().slice(0, 10),
  });
  let version: number;
  try {
    version = knownVersion ?? (await readVersion(scope.context.db));
  } catch {
    return { use: "BYPASS" };
  }
  return { use: "KEYED", key, version, fresh };
}

function asksForFreshAnswer(req: IncomingMessage): boolean {
  const directives = `${req.headers["cache-control"] ?? ""},${req.headers.pragma ?? ""}`.toLowerCase();
  return /(^|[\s,])no-(cache|store)($|[\s,=])/.test(directives);
}

/** `If-None-Match` lists validators (or `*`); weak ones compare by their opaque part. */
function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((candidate) => {
    const tag = candidate.trim();
    return tag === "*" || tag.replace(/^W\//, "") === etag;
  });
}
