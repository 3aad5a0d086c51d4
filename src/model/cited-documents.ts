/**
 * Canonical ids of what liaison statements cite besides ITU-T's own bodies and Recommendations:
 * other bodies' standards and drafts (Specification), meeting documents and tdocs (Document),
 * and liaison statements cited by a number that names their sender (`SG13-LS217`). One function
 * per family, each taking the written form and returning the entity, so that the reference
 * finder and the document-number reader can never disagree.
 */
import type { CanonicalEntity } from "./canonical-ids.js";

const spec = (id: string, written: string, publisher: string): CanonicalEntity => ({
  type: "Specification",
  id,
  name: written.replace(/\s+/g, " ").trim(),
  properties: { publisher },
});

export const rfc = (number: string, written: string): CanonicalEntity => spec(`RFC ${Number(number)}`, written, "IETF");
export const internetDraft = (name: string): CanonicalEntity => spec(name, name, "IETF");

/** "ISO/IEC 10646", "ISO/IEC10646", "IEC/IEEE 60802", "ISO 1989". */
export function isoStandard(publisher: string, number: string, written: string): CanonicalEntity {
  const who = publisher.toUpperCase().replace(/\s+/g, "");
  return spec(`${who} ${number}`, written, who);
}

/** "3GPP TS 23.501", "TR 23.700-92". */
export const threeGppSpec = (kind: string, number: string, written: string): CanonicalEntity =>
  spec(`3GPP ${kind.toUpperCase()} ${number}`, written, "3GPP");

export const bbfReport = (number: string, written: string): CanonicalEntity => spec(`BBF ${number}`, written, "BBF");

/** "IEEE 802.1Q", "P802.1DG", "IEEE 1588". */
export function ieeeStandard(number: string, written: string): CanonicalEntity {
  return spec(`IEEE ${number.replace(/\s+/g, "")}`, written, "IEEE");
}

export const etsiSpec = (kind: string, number: string, written: string): CanonicalEntity =>
  spec(`ETSI ${kind.toUpperCase()} ${number.replace(/\s+/g, " ")}`, written, "ETSI");

export const saeStandard = (series: string, number: string, written: string): CanonicalEntity =>
  spec(`SAE ${series.toUpperCase()} ${number}`, written, "SAE International");

/** A Recommendation of ITU-R ("ITU-R M.1457", "ITU-R M.[IP CHAR]") or an ITU-T draft known by name ("Y.ipsplit"). */
export function sectorRecommendation(sector: "ITU-T" | "ITU-R", series: string, number: string, written: string): CanonicalEntity {
  const id = `${sector} ${series}.${number}`;
  return { type: "Recommendation", id, name: written.replace(/\s+/g, " ").trim(), properties: { series, number } };
}

/** "The Unicode Standard", "Unicode Standard Annex 15", "Unicode Technical Report #9". */
export const unicodeSpec = (written: string): CanonicalEntity => spec(written.replace(/^the\s+/i, "").replace(/\s*#\s*/, " "), written.replace(/^the\s+/i, ""), "Unicode Consortium");

/** A liaison statement named by its sender and number: `SG13-LS217`, `TSAG-LS11`, `COM2-LS42`. */
export function numberedLiaison(group: string, number: string): CanonicalEntity {
  const sender = group.replace(/\s+/g, "").toUpperCase();
  const id = `${sender}-LS${Number(number)}`;
  return { type: "LiaisonStatement", id, name: id };
}

/** A meeting document or tdoc: `C4-185292`, `CWG-WCIT12/TD-43`, `N2339`, or an LS number alone (`LS-140`). */
export function meetingDocument(written: string, qualified: boolean): CanonicalEntity {
  const name = written.replace(/\s+/g, " ").trim();
  return { type: "Document", id: qualified ? name : `document:${name}`, name };
}
