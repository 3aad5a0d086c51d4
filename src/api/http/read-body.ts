import type { IncomingMessage } from "node:http";

/** How much of an oversized body is read and thrown away so the client can read its 413. */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

export type BodyResult = { readonly kind: "body"; readonly text: string } | { readonly kind: "too-large" };

/**
 * Reads a request body of at most `maxBytes`. Past that it stops keeping the bytes and resolves
 * "too-large" at once, so the caller can answer 413, but goes on reading (and discarding) the rest
 * of the upload: closing the socket under a client that is still sending makes it see a reset
 * instead of the answer. Past DRAIN_LIMIT_BYTES the connection is cut after all.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"]);
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    const overflow = () => {
      tooLarge = true;
      chunks.length = 0;
      resolve({ kind: "too-large" });
    };
    if (Number.isFinite(declared) && declared > maxBytes) overflow();
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (tooLarge) {
        if (size > DRAIN_LIMIT_BYTES) req.socket.destroy();
        return;
      }
      if (size > maxBytes) return overflow();
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (!tooLarge) resolve({ kind: "body", text: Buffer.concat(chunks).toString("utf8") });
    });
    req.on("error", (error) => {
      if (!tooLarge) reject(error);
    });
  });
}
