import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "../../..");

export function fixture(...parts: string[]): string {
  return path.join(repoRoot, "test/fixtures/documents", ...parts);
}

/** The project's founding case: SG17's ITU notification proposing a Focus Group on Blockchain to TSAG. */
export const foundingDocument = path.resolve(repoRoot, "test/fixtures/documents/founding/sg17-ls14-notification.txt");
