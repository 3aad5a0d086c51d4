import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Sets CORS headers when the request's Origin may read the answer: the API's own origin (the
 * dashboard), any origin listed in CORS_ORIGINS, or any at all with `*`. Other origins get no
 * CORS headers, so a browser keeps the answer from the page that asked.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowedOrigins: readonly string[]): void {
  const origin = req.headers.origin;
  if (origin === undefined) return;
  const allowAny = allowedOrigins.includes("*");
  const own = req.headers.host !== undefined && origin === `http://${req.headers.host}`;
  if (!allowAny && !own && !allowedOrigins.includes(origin)) return;
  res.setHeader("Access-Control-Allow-Origin", allowAny ? "*" : origin);
  if (!allowAny) res.setHeader("Vary", "Origin");
  res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
  res.setHeader("Access-Control-Allow-Headers", "Content-Type, Accept, Authorization, Apollo-Require-Preflight, Neo4j-Bookmarks");
  res.setHeader("Access-Control-Max-Age", "600");
}
