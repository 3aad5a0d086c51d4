import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { applyCors } from "./cors.js";
import { depthLimit } from "./depth-limit.js";
import { createErrorFormatter } from "./errors.js";
import { checkReadiness } from "./readiness.js";
import { readStatic, STATIC_DIR } from "./static-files.js";
import { serveVendorAsset } from "./vendor-assets.js";

export interface ApiServerOptions {
  readonly schema: GraphQLSchema;
  readonly driver: Driver;
  readonly database: string;
  readonly host: string;
  readonly port: number;
  readonly corsOrigins: readonly string[];
  readonly development: boolean;
  readonly log?: (line: string) => void;
}

export interface ApiServer {
  readonly url: string;
  readonly graphqlUrl: string;
  /** Stops taking requests, lets running ones finish, then stops Apollo. */
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;
const MAX_QUERY_DEPTH = 12;
/** A query that runs longer than this is stopped by Neo4j itself. */
const TRANSACTION_TIMEOUT_MS = 20_000;

export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const log = options.log ?? ((line: string) => console.error(line));
  const apollo = new ApolloServer<Neo4jGraphQLContext>({
    schema: options.schema,
    introspection: true,
    // The API has no mutations and takes no cookies, so a forged cross-site request can only read
    // what CORS then hides from the forger; dashboards may use plain GET requests.
    csrfPrevention: false,
    validationRules: [depthLimit(MAX_QUERY_DEPTH)],
    formatError: createErrorFormatter({ development: options.development, log }),
    plugins: [ApolloServerPluginLandingPageDisabled()],
    // The process owns shutdown (drain HTTP, then close the driver, then stop Neo4j).
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: options.development,
  });
  await apollo.start();

  const context = async (): Promise<Neo4jGraphQLContext> => ({
    sessionConfig: { database: options.database },
    transaction: { timeout: TRANSACTION_TIMEOUT_MS },
  });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://localhost");
    applyCors(req, res, options.corsOrigins);
    if (req.method === "OPTIONS") return send(res, 204, "", "text/plain");
    if (url.pathname === "/health") return sendJson(res, 200, { status: "ok" });
    if (url.pathname === "/ready") {
      const readiness = await checkReadiness(options.driver, options.database);
      return sendJson(res, readiness.ready ? 200 : 503, { status: readiness.ready ? "ready" : "unavailable", ...readiness });
    }
    if (url.pathname === "/graphql") {
      if (req.method === "GET" && !url.searchParams.has("query") && (req.headers.accept ?? "").includes("text/html")) {
        return sendStatic(res, "/graphql.html");
      }
      return handleGraphql(apollo, req, res, url, context);
    }
    if (req.method !== "GET" && req.method !== "HEAD") return sendJson(res, 405, { error: "method not allowed" });
    if (await serveVendorAsset(req, res, url.pathname)) return;
    return sendStatic(res, url.pathname === "/" ? "/index.html" : url.pathname);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`HTTP ${req.method} ${req.url} failed: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { error: "internal server error" });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.address.includes(":") ? `[${address.address}]` : address.address;
  const url = `http://${host === "0.0.0.0" || host === "[::]" ? "localhost" : host}:${address.port}`;
  return { url, graphqlUrl: `${url}/graphql`, stop: () => stopServer(server, apollo) };
}

async function handleGraphql(
  apollo: ApolloServer<Neo4jGraphQLContext>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  context: () => Promise<Neo4jGraphQLContext>,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  let body: unknown;
  if (req.method === "POST") {
    const raw = await readBody(req);
    if (raw === undefined) return sendJson(res, 413, { errors: [{ message: `request body over ${MAX_BODY_BYTES} bytes` }] });
    if ((headers.get("content-type") ?? "").includes("application/json")) {
      try {
        body = raw.length === 0 ? {} : JSON.parse(raw);
      } catch {
        return sendJson(res, 400, { errors: [{ message: "request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] });
      }
    } else {
      body = raw;
    }
  }
  const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method ?? "GET", headers, search: url.search, body };
  const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(undefined);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

async function sendStatic(res: ServerResponse, urlPath: string): Promise<void> {
  const file = await readStatic(STATIC_DIR, urlPath);
  if (!file) return sendJson(res, 404, { error: `not found: ${urlPath}` });
  res.setHeader("Cache-Control", "no-cache");
  return send(res, 200, file.body, file.type);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), "application/json; charset=utf-8");
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.statusCode = status;
  res.setHeader("Content-Type", type);
  res.end(body);
}

async function stopServer(server: Server, apollo: ApolloServer<Neo4jGraphQLContext>): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // Requests still running get ten seconds to finish before their connections are cut.
  const force = setTimeout(() => server.closeAllConnections(), 10_000);
  await closed;
  clearTimeout(force);
  await apollo.stop();
}
