/**
 * The hostile GraphQL documents of the security suite, in one place: the tests assert that each is
 * refused, the attack benchmark (`npm run bench:attacks`) measures /health while they arrive.
 */

/** The interface-nesting attack: relationships to the Body interface, alternating, `levels` deep. */
export function interfaceNesting(levels: number, limit: string): string {
  let selection = "id";
  for (let level = levels; level >= 1; level--) selection = `${level % 2 ? "sent" : "sentTo"}${limit} { id ${selection} }`;
  return `{ bodies(where:{id:{eq:"none"}}) { id ${selection} } }`;
}

/** `count` fragments, each spreading the next twice: 2^count selections in a 1-2 KB document. */
export function fragmentFanOut(count: number): string {
  const fragments = Array.from({ length: count }, (_, i) =>
    i + 1 < count ? `fragment F${i + 1} on Query { ...F${i + 2} ...F${i + 2} }` : `fragment F${count} on Query { studyGroups { id } }`,
  );
  return `{ ...F1 }\n${fragments.join("\n")}`;
}

/** `count` aliased full-text searches in one document. */
export function aliasedSearches(count: number, limit = 100): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: search(text: "ledger", limit: ${limit}) { id }`).join(" ")} }`;
}

/** The most database work one request may ask for: as many aliased searches as the alias limit allows. */
export const HEAVIEST_ALLOWED_SEARCH = aliasedSearches(15);
