import { Agent, request } from "node:http";

export interface HttpAnswer {
  /** From sending the request to the last byte of the answer. */
  readonly ms: number;
  readonly status: number;
  /** The API's X-Response-Cache header (HIT, MISS, BYPASS), undefined when it sends none. */
  readonly cache: string | undefined;
  readonly body: string;
}

/**
 * POSTs GraphQL requests to one API over one kept-alive connection, as a dashboard does, so every
 * request pays for the API's work and not for a TCP handshake.
 */
export class GraphqlHttpClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });
  private readonly url: URL;

  constructor(graphqlUrl: string) {
    this.url = new URL(graphqlUrl);
  }

  /** `fresh` sends `Cache-Control: no-cache`: the API computes the answer again rather than reusing a cached one. */
  post(query: string, variables: Record<string, unknown> | undefined, fresh: boolean): Promise<HttpAnswer> {
    const payload = JSON.stringify(variables ? { query, variables } : { query });
    return new Promise<HttpAnswer>((resolve, reject) => {
      const started = performance.now();
      const req = request(
        this.url,
        {
          method: "POST",
          agent: this.agent,
          headers: {
            "Content-Type": "application/json",
            Accept: "application/graphql-response+json, application/json",
            "Content-Length": Buffer.byteLength(payload),
            ...(fresh ? { "Cache-Control": "no-cache" } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("error", reject);
          res.on("end", () => {
            const ms = performance.now() - started;
            const header = res.headers["x-response-cache"];
            resolve({
              ms,
              status: res.statusCode ?? 0,
              cache: Array.isArray(header) ? header[0] : header,
              body: Buffer.concat(chunks).toString("utf8"),
            });
          });
        },
      );
      req.on("error", reject);
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** The GraphQL answer's data, or an Error naming the first error (or the status when the body is not JSON). */
export function readGraphqlAnswer(answer: HttpAnswer): unknown {
  let parsed: { data?: unknown; errors?: { message?: string }[] };
  try {
    parsed = JSON.parse(answer.body) as typeof parsed;
  } catch {
    throw new Error(`HTTP ${answer.status}, not a JSON answer: ${answer.body.slice(0, 200)}`);
  }
  if (parsed.errors?.length) throw new Error(`HTTP ${answer.status}: ${parsed.errors[0]?.message ?? "an error without message"}`);
  if (answer.status !== 200) throw new Error(`HTTP ${answer.status}`);
  return parsed.data;
}
