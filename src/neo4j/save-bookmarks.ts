import { renameSync, writeFileSync } from "node:fs";
import type { Driver } from "neo4j-driver";

/**
 * Saves the bookmarks the driver's shared bookmark manager holds (those of the last transaction
 * this process committed or read through it), comma-separated on one line, ready for the API's
 * `Neo4j-Bookmarks` header. Written to a temporary file and renamed, so a reader never sees half a
 * line. Nothing is written when there are none: an earlier command's bookmarks still hold.
 */
export async function saveBookmarks(driver: Driver, file: string): Promise<void> {
  const bookmarks = [...(await driver.executeQueryBookmarkManager.getBookmarks())];
  if (bookmarks.length === 0) return;
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${bookmarks.join(", ")}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}
