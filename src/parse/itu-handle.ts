/**
 * ITU liaison statement handles (http://handle.itu.int/11.1002/ls/sp16-sg17-oLS-00014.docx).
 * The name is the most stable identifier an ITU LS has, and it spells out the study period, the
 * group that registered it, whether the LS went out of (o) or came into (i) that group, and the
 * group's LS number.
 */

import { studyPeriodCode, studyPeriodFromCode } from "./study-period.js";

export interface ItuHandle {
  /** "sp16-sg17-oLS-00014", as written in the link. */
  readonly name: string;
  /** The link without a trailing sentence period. */
  readonly url: string;
  readonly studyPeriodCode: string;
  /** "2017-2020"; undefined for a code we do not know. */
  readonly studyPeriod?: string;
  /** "sg17", "tsag", "fgdlt", as written. */
  readonly group: string;
  readonly direction: "outgoing" | "incoming";
  /** "00014". */
  readonly number: string;
}

const HANDLE_LINK =
  /https?:\/\/handle\.itu\.int\/11\.1002\/ls\/((sp\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*?)-([io])LS-(\d+))(?:\.(?:docx?|pdf|zip))?/i;

export function findItuHandle(text: string): ItuHandle | undefined {
  const match = HANDLE_LINK.exec(text);
  if (!match) return undefined;
  const [url, name, code, group, direction, number] = match;
  if (!name || !code || !group || !direction || !number) return undefined;
  const studyPeriod = studyPeriodFromCode(code);
  return {
    name,
    url,
    studyPeriodCode: code,
    ...(studyPeriod ? { studyPeriod } : {}),
    group,
    direction: direction.toLowerCase() === "o" ? "outgoing" : "incoming",
    number,
  };
}

/**
 * The handle name of a group's outgoing LS from its template number ("SG17-LS14" in 2017-2020 ->
 * "sp16-sg17-oLS-00014"), so that a template and the notification announcing it name the same
 * statement. Undefined when the number or the study period is not one we can read.
 */
export function handleNameFromLsNumber(lsNumber: string, studyPeriod: string | undefined): string | undefined {
  const match = /^\s*(SG\s*\d{1,2}|TSAG)\s*-\s*LS\s*(\d{1,5})\s*$/i.exec(lsNumber);
  const code = studyPeriod ? studyPeriodCode(studyPeriod) : undefined;
  if (!match || !code) return undefined;
  const group = (match[1] ?? "").replace(/\s+/g, "").toLowerCase();
  return `${code}-${group}-oLS-${(match[2] ?? "").padStart(5, "0")}`;
}
