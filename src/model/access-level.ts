/**
 * Who may read a document: `public` for anyone, `restricted` for members (ITU TIES documents,
 * 3GPP/ETSI member documents). The API hides restricted documents, their evidence and their
 * relations from readers below that level (src/api/auth); ingestion decides the level.
 */
export const ACCESS_LEVELS = ["public", "restricted"] as const;

export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export function isAccessLevel(value: string): value is AccessLevel {
  return (ACCESS_LEVELS as readonly string[]).includes(value);
}

/** The stricter of two levels: a document marked restricted stays so whatever the command line says. */
export function stricter(a: AccessLevel | undefined, b: AccessLevel | undefined): AccessLevel {
  return a === "restricted" || b === "restricted" ? "restricted" : "public";
}

/** A document's own marking ("Access: TIES members only", "Classification: Restricted"), when it has one. */
export function accessFromMarking(marking: string | undefined): AccessLevel | undefined {
  if (!marking) return undefined;
  if (/\b(?:restricted|members?\s+only|ties|confidential|internal|limited)\b/i.test(marking)) return "restricted";
  if (/\b(?:public|unrestricted|open)\b/i.test(marking)) return "public";
  return undefined;
}
