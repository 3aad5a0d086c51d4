import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "../../..");

export function fixture(...parts: string[]): string {
  return path.join(repoRoot, "test/fixtures/documents", ...parts);
}

/** The project's founding document, kept outside the repository with the other seeds. */
export const foundingDocument = path.resolve(repoRoot, "../shared/seeds/000_663fc1b2c210c84a.txt");
