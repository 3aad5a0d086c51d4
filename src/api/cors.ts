import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Sets CORS headers for an allowed origin. `["*"]` allows any origin (the API is read-only and
 * takes no cookies); otherwise only the listed origins are echoed back.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowedOrigins: readonly string[]): void {
  const origin = req.headers.origin;
  if (origin === undefined) return;
  const allowAny = allowedOrigins.includes("*");
  if (!allowAny && !allowedOrigins.includes(origin)) return;
  res.setHeader("Access-Control-Allow-Origin", allowAny ? "*" : origin);
  if (!allowAny) res.setHeader("Vary", "Origin");
  res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
  res.setHeader("Access-Control-Allow-Headers", "Content-Type, Accept, Apollo-Require-Preflight");
  res.setHeader("Access-Control-Max-Age", "600");
}
