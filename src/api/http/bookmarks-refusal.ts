import { classifyDatabaseError, ErrorCode } from "../errors.js";

export interface Refusal {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly headers: Record<string, string>;
}

/**
 * What to tell a client whose bookmarks the database would not wait for: bookmarks it did not
 * issue (400), or writes a lagging cluster member has not applied within its wait (503, retry).
 * Any other failure is not the bookmarks' doing and is left to the usual error path.
 */
export function bookmarksRefusal(error: unknown): Refusal | undefined {
  const neo4jCode = (error as { code?: unknown } | undefined)?.code;
  const code = typeof neo4jCode === "string" ? neo4jCode : "";
  if (code.endsWith("InvalidBookmark") || code.endsWith("InvalidBookmarkMixture")) {
    return {
      status: 400,
      code: ErrorCode.BadRequest,
      message: "The database did not accept the bookmarks in the Neo4j-Bookmarks header: they are not bookmarks it issued. Send the ones a write command saved to NEO4J_BOOKMARKS_FILE, or none.",
      headers: {},
    };
  }
  // A member that has not caught up within the database's bookmark wait reports a timeout.
  if (code.endsWith("BookmarkTimeout") || classifyDatabaseError(error)?.code === ErrorCode.QueryTimeout) {
    return {
      status: 503,
      code: ErrorCode.ServerBusy,
      message: "The database has not yet applied the writes named in the Neo4j-Bookmarks header; try again shortly.",
      headers: { "Retry-After": "2" },
    };
  }
  return undefined;
}
