import type { IncomingHttpHeaders } from "node:http";

/** The request header that carries a writer's bookmarks, for reads at least as new as its writes. */
export const BOOKMARKS_HEADER = "neo4j-bookmarks";

/** More than a cluster has databases, far fewer than would make the header a payload. */
const MAX_BOOKMARKS = 16;
const MAX_BOOKMARK_LENGTH = 256;
/** Neo4j's bookmarks are a short prefix and base64 text ("FB:kcwQ..."); anything else is not one. */
const BOOKMARK = /^[A-Za-z0-9+/=:_-]+$/;

export type BookmarksReading =
  | { readonly ok: true; readonly bookmarks: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/**
 * The bookmarks a client sends in `Neo4j-Bookmarks` (comma-separated, or the header repeated):
 * what a write command saved to NEO4J_BOOKMARKS_FILE. The API's reads for the request then wait
 * until the database they run on has applied those writes, so a client that has just ingested
 * never reads an older graph, even from a cluster member that lags behind. Only the shape is
 * checked here; whether the database issued them is for the database to say.
 */
export function readBookmarks(headers: IncomingHttpHeaders): BookmarksReading {
  const raw = headers[BOOKMARKS_HEADER];
  if (raw === undefined) return { ok: true, bookmarks: [] };
  const bookmarks = (Array.isArray(raw) ? raw.join(",") : raw)
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (bookmarks.length > MAX_BOOKMARKS) {
    return { ok: false, reason: `The Neo4j-Bookmarks header lists ${bookmarks.length} bookmarks; at most ${MAX_BOOKMARKS} are accepted.` };
  }
  for (const bookmark of bookmarks) {
    if (bookmark.length > MAX_BOOKMARK_LENGTH || !BOOKMARK.test(bookmark)) {
      const shown = bookmark.length > 40 ? `${bookmark.slice(0, 40)}...` : bookmark;
      return {
        ok: false,
        reason: `The Neo4j-Bookmarks header holds "${shown}", which is not a Neo4j bookmark (comma-separated bookmarks such as a write command saves to NEO4J_BOOKMARKS_FILE).`,
      };
    }
  }
  return { ok: true, bookmarks: [...new Set(bookmarks)] };
}
