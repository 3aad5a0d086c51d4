import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
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
  // The force-directed layout of the neighbourhood graph: three UMD files that register in order.
  "/vendor/layout-base.js": "layout-base/layout-base.js",
  "/vendor/cose-base.js": "cose-base/cose-base.js",
  "/vendor/cytoscape-fcose.js": "cytoscape-fcose/cytoscape-fcose.js",
  // The GraphQL IDE at /graphql: GraphiQL's UMD build on React 18's, plus its query-builder plugin.
  "/vendor/react.production.min.js": "react/umd/react.production.min.js",
  "/vendor/react-dom.production.min.js": "react-dom/umd/react-dom.production.min.js",
  "/vendor/graphiql.min.js": "graphiql/graphiql.min.js",
  "/vendor/graphiql.min.css": "graphiql/graphiql.min.css",
  "/vendor/graphiql-explorer.umd.js": "@graphiql/plugin-explorer/dist/index.umd.js",
  "/vendor/graphiql-explorer.css": "@graphiql/plugin-explorer/dist/style.css",
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
  // echarts and GraphiQL are megabytes; gzipped it is a third of that, which is most of the page's weight.
  const gzipped = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  if (gzipped) res.setHeader("Content-Encoding", "gzip");
  res.statusCode = 200;
  res.setHeader("Content-Type", urlPath.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
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
  const body = await readFile(resolveFile(specifier));
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
  return { body, gzipped: await gzipAsync(body, { level: 9 }), etag };
}

/**
 * The file a "package/path" names. React's `exports` map leaves out its UMD builds, so a path the
 * package does not export is found beside its package.json instead.
 */
function resolveFile(specifier: string): string {
  try {
    return require.resolve(specifier);
  } catch (error) {
    if ((error as { code?: string }).code !== "ERR_PACKAGE_PATH_NOT_EXPORTED") throw error;
    const parts = specifier.split("/");
    const packageName = parts[0]?.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? "");
    const root = path.dirname(require.resolve(`${packageName}/package.json`));
    return path.join(root, specifier.slice(packageName.length + 1));
  }
}
