import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import { gzip } from "node:zlib";

/**
 * The only files of node_modules the server hands out, by URL path. A fixed list, so no request
 * path ever reaches the file system; resolved through Node's module resolution, so it works
 * wherever npm put the packages (hoisted, workspaces, a global prefix).
 */
const VENDOR_ASSETS: Readonly<Record<string, string>> = {
  "/vendor/echarts.min.js": "echarts/dist/echarts.min.js",
  "/vendor/cytoscape.min.js": "cytoscape/dist/cytoscape.min.js",
};

// The URLs carry no version, so browsers revalidate weekly (ETag) rather than keep a stale copy
// forever after an upgrade.
const CACHE_CONTROL = "public, max-age=604800";

interface VendorAsset {
  readonly body: Buffer;
  readonly gzipped: Buffer;
  readonly etag: string;
}

const require = createRequire(import.meta.url);
const gzipAsync = promisify(gzip);
const loaded = new Map<string, Promise<VendorAsset>>();

function isVendorPath(urlPath: string): boolean {
  return Object.hasOwn(VENDOR_ASSETS, urlPath);
}

/** Answers a request for an allow-listed vendor file; false when the path is not one. */
export async function serveVendorAsset(req: IncomingMessage, res: ServerResponse, urlPath: string): Promise<boolean> {
  const specifier = isVendorPath(urlPath) ? VENDOR_ASSETS[urlPath] : undefined;
  if (specifier === undefined) return false;
  const asset = await load(specifier);
  res.setHeader("Cache-Control", CACHE_CONTROL);
  res.setHeader("ETag", asset.etag);
  res.appendHeader("Vary", "Accept-Encoding");
  if (req.headers["if-none-match"] === asset.etag) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  // echarts is over a megabyte; gzipped it is a third of that, which is most of the page's weight.
  const gzipped = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  if (gzipped) res.setHeader("Content-Encoding", "gzip");
  res.statusCode = 200;
  res.setHeader("Content-Type", "text/javascript; charset=utf-8");
  res.end(gzipped ? asset.gzipped : asset.body);
  return true;
}

function load(specifier: string): Promise<VendorAsset> {
  let asset = loaded.get(specifier);
  if (asset === undefined) {
    asset = read(specifier);
    loaded.set(specifier, asset);
    // A failed read (package missing) is retried on the next request rather than remembered.
    asset.catch(() => loaded.delete(specifier));
  }
  return asset;
}

async function read(specifier: string): Promise<VendorAsset> {
  const body = await readFile(require.resolve(specifier));
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
  return { body, gzipped: await gzipAsync(body, { level: 9 }), etag };
}
