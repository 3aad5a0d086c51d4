/**
 * The shape of a name, for values no reference names: a person ("Greg Jones", "J. A.
 * Polizotto", "Ms Roxanne McElvane Webber") or an organization ("IMTC", "CWG-WCIT12",
 * "Relevant External Organizations"). Shapes decide only what is never a node (people) and what
 * may be kept as an unresolved body; they never give an id.
 */

const HONORIFIC = /^(?:mr|mrs|ms|dr|prof|sir|mme|m)\.?\s+/i;
const NAME_WORD = /^(?:[A-Z][a-z\u00e0-\u017f'\u2019-]+|[A-Z]\.|[A-Z][a-z]*[A-Z][a-z]+|(?:de|da|van|von|der|le|la|du|di|bin|al)|[A-Z]\.[A-Z]\.)$/u;
const ORGANIZATION_WORD =
  /\b(?:organi[sz]ations?|forum|consortium|committee|group|association|alliance|institute|council|union|society|board|agency|ministry|administration|partnership|project|task\s+force|bodies|body|sector|bureau|office|secretariat|commission|conference|federation|centre|center|academy|authority|foundation|initiative|network|iso|iec|itu)\b/i;
const ACRONYM = /(?:^|[\s(/-])[A-Z][A-Z0-9&]{1,}(?:-[A-Z0-9]+)*(?=$|[\s)/,-])/;
const DOCUMENT_NUMBER = /^(?:doc(?:ument)?s?|td|contribution|annex|attachment)\b|(?<!\d)\d+\/\d+\/|\/TEMP\//i;
/** Longer values are sentences, not names; the shape checks need not look at them. */
const MAX_NAME_CHARS = 200;

export function looksLikePerson(value: string): boolean {
  if (value.length > MAX_NAME_CHARS) return false;
  const text = value.replace(HONORIFIC, "").trim();
  if (ACRONYM.test(` ${text} `) && !/^[A-Z]\.(?:\s?[A-Z]\.)*\s/.test(text)) return false;
  if (ORGANIZATION_WORD.test(text)) return false;
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 5 && words.every((word) => NAME_WORD.test(word));
}

/** Small words a name may hold; any other lower-case word makes the value a phrase, not a name. */
const CONNECTOR = /^(?:of|for|and|the|on|in|de|du|des|la|le|et|to|&)$/;

export function looksLikeOrganization(value: string): boolean {
  if (value.length > 90 || DOCUMENT_NUMBER.test(value) || looksLikePerson(value)) return false;
  const words = value.split(/\s+/);
  if (words.length > 10 || words.some((word) => /^[a-z]/.test(word) && !CONNECTOR.test(word))) return false;
  return ACRONYM.test(` ${value} `) || ORGANIZATION_WORD.test(value);
}
