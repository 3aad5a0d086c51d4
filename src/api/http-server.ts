import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import type { ApiLimits, AuthConfig, ResponseCacheConfig } from "../config/config.js";
import { createAuthenticator } from "./auth/authenticate.js";
import { answerPlugin } from "./cache/answer-plugin.js";
import { ResponseCache } from "./cache/response-cache.js";
import { applyCors } from "./cors.js";
import { Semaphore } from "./database/semaphore.js";
import { createErrorFormatter } from "./errors.js";
import { handleGraphql } from "./graphql-handler.js";
import { createHostCheck } from "./http/host-check.js";
import { send, sendGraphqlError, sendJson } from "./http/respond.js";
import { readBookmarks } from "./http/read-bookmarks.js";
import type { ListLimit } from "./limits/list-limits.js";
import { limitsPlugin } from "./limits/limits-plugin.js";
import { MemoryWatchdog } from "./memory-watchdog.js";
import { createReadinessCheck } from "./readiness.js";
import { createRequestScope, type ApiContext } from "./request-context.js";
import { readStatic, STATIC_DIR } from "./static-files.js";
import { statusPlugin } from "./status-plugin.js";
import { validationRules } from "./validation-rules.js";
import { serveVendorAsset } from "./vendor-assets.js";

export interface ApiServerOptions {
  readonly schema: GraphQLSchema;
  readonly listLimits: ReadonlyMap<string, ListLimit>;
  readonly driver: Driver;
  readonly database: string;
  readonly host: string;
  readonly port: number;
  readonly corsOrigins: readonly string[];
  readonly allowedHosts: readonly string[];
  readonly limits: ApiLimits;
  readonly auth: AuthConfig;
  /** Off when omitted. */
  readonly responseCache?: ResponseCacheConfig;
  readonly development: boolean;
  readonly log?: (line: string) => void;
}

export interface ApiServer {
  readonly url: string;
  readonly graphqlUrl: string;
  /** Stops taking requests, lets running ones finish, then stops Apollo. */
  stop(): Promise<void>;
}

export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const log = options.log ?? ((line: string) => console.error(line));
  const { limits } = options;
  const apollo = new ApolloServer<ApiContext>({
    schema: options.schema,
    introspection: true,
    // The API has no mutations and takes no cookies, so a forged cross-site request can only read
    // what CORS then hides from the forger; dashboards may use plain GET requests.
    csrfPrevention: false,
    // graphql-js stops parsing at this many tokens, before any rule runs.
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: validationRules(limits),
    formatError: createErrorFormatter({ development: options.development, log }),
    // Apollo's cache-control plugin hooks every field resolver of every answer to compute hints the
    // schema never gives; the response cache (src/api/cache) sets the HTTP caching headers.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), limitsPlugin({ limits, listLimits: options.listLimits }), statusPlugin(), answerPlugin()],
    // The process owns shutdown (drain HTTP, then close the driver, then stop Neo4j).
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: options.development,
  });
  await apollo.start();

  const shared = { driver: options.driver, database: options.database, gate: new Semaphore(limits.dbMaxConcurrent), limits };
  const watchdog = new MemoryWatchdog(limits.memoryWatermarkPercent, log);
  watchdog.start();
  const ready = createReadinessCheck(options.driver, options.database, log);
  const hostAllowed = createHostCheck(options.host, options.allowedHosts);
  const authenticate = createAuthenticator(options.auth);
  const cache = new ResponseCache(options.responseCache?.maxEntries ?? 0, options.responseCache?.maxBytes ?? 0);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!hostAllowed(req.headers.host)) return sendJson(res, 403, { error: "unknown Host header" });
    const url = parseUrl(req.url);
    if (!url) return sendJson(res, 400, { error: "malformed URL" });
    applyCors(req, res, options.corsOrigins);
    if (req.method === "OPTIONS") return send(res, 204, "", "text/plain");
    if (url.pathname === "/health") return sendJson(res, 200, { status: "ok" });
    if (url.pathname === "/ready") {
      const isReady = await ready();
      return sendJson(res, isReady ? 200 : 503, { status: isReady ? "ready" : "unavailable" }, isReady ? {} : { "Retry-After": "5" });
    }
    if (url.pathname === "/graphql") {
      // A browser gets the IDE (which runs a linked `?query=` itself); an API client gets JSON.
      // The same GET URL is both, so caches must keep the two apart.
      if (req.method === "GET") res.appendHeader("Vary", "Accept");
      if (req.method === "GET" && prefersHtml(req.headers.accept)) {
        return sendStatic(res, "/graphql.html", IDE_HEADERS);
      }
      if (req.method !== "GET" && req.method !== "POST") {
        return sendGraphqlError(res, 405, "METHOD_NOT_ALLOWED", "Use GET or POST.", { Allow: "GET, POST" });
      }
      const authentication = await authenticate(req.headers.authorization);
      if (!authentication.ok) {
        // A token that does not verify is "invalid_token"; no token at all (PUBLIC_READ=false) is a plain challenge.
        const challenge = req.headers.authorization ? 'Bearer error="invalid_token"' : "Bearer";
        return sendGraphqlError(res, 401, "UNAUTHENTICATED", authentication.reason, { "WWW-Authenticate": challenge });
      }
      const bookmarks = readBookmarks(req.headers);
      if (!bookmarks.ok) return sendGraphqlError(res, 400, "BAD_REQUEST", bookmarks.reason);
      const scope = createRequestScope(shared, limits, watchdog, authentication.viewer, bookmarks.bookmarks);
      // A client that goes away stops its database work.
      res.once("close", () => {
        if (!res.writableFinished) scope.abort("the client closed the connection");
        scope.done();
      });
      return handleGraphql({ apollo, req, res, url, maxBodyBytes: limits.maxBodyBytes, scope, cache, withBookmarks: bookmarks.bookmarks.length > 0 });
    }
    if (req.method !== "GET" && req.method !== "HEAD") return sendJson(res, 405, { error: "method not allowed" });
    if (await serveVendorAsset(req, res, url.pathname)) return;
    return sendStatic(res, url.pathname === "/" ? "/index.html" : url.pathname);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`HTTP ${req.method} ${req.url} failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { error: "internal server error" });
      else res.end();
    });
  });
  // A client gets this long to send its whole request (slow senders hold a socket otherwise).
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.address.includes(":") ? `[${address.address}]` : address.address;
  const url = `http://${host === "0.0.0.0" || host === "[::]" ? "localhost" : host}:${address.port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    stop: async () => {
      watchdog.stop();
      await stopServer(server, apollo);
    },
  };
}

/** The request URL, or undefined when it is not one we can read (bad percent-encoding included). */
function parseUrl(raw: string | undefined): URL | undefined {
  try {
    const url = new URL(raw ?? "/", "http://localhost");
    decodeURIComponent(url.pathname);
    return url;
  } catch {
    return undefined;
  }
}

async function sendStatic(res: ServerResponse, urlPath: string, headers: Record<string, string> = {}): Promise<void> {
  const file = await readStatic(STATIC_DIR, urlPath);
  if (!file) return sendJson(res, 404, { error: `not found: ${urlPath}` });
  res.setHeader("Cache-Control", "no-cache");
  return send(res, 200, file.body, file.type, headers);
}

/**
 * The IDE loads scripts, styles and its inline font data from this server only and talks only to
 * it. React and GraphiQL set element styles at run time, hence the inline styles.
 */
const IDE_HEADERS = {
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
};

/**
 * Whether an Accept header asks for a page rather than a GraphQL result: text/html is acceptable
 * and ranks above every JSON type the client names (a browser names none). Equal ranks go to JSON.
 */
function prefersHtml(accept: string | undefined): boolean {
  let html = 0;
  let json = -1;
  for (const range of (accept ?? "").split(",")) {
    const [type = "", ...params] = range.split(";").map((part) => part.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith("q="));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q)) continue;
    if (type === "text/html") html = Math.max(html, q);
    else if (type === "application/json" || type === "application/graphql-response+json") json = Math.max(json, q);
  }
  return html > 0 && html > json;
}

async function stopServer(server: Server, apollo: ApolloServer<ApiContext>): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // Requests still running get ten seconds to finish before their connections are cut.
  const force = setTimeout(() => server.closeAllConnections(), 10_000);
  await closed;
  clearTimeout(force);
  await apollo.stop();
}
