/**
 * What every reader produces from one file: the document's own fields, as written, before any
 * normalization to canonical ids (that is `src/extract`'s job).
 */

import type { AccessLevel } from "../model/access-level.js";

export type DocumentFormat =
  | "itu-notification"
  | "itu-ls-template"
  | "ietf-datatracker"
  | "docx"
  | "doc"
  | "pdf"
  | "markdown"
  | "plain-text";

/** Why the document is sent to a recipient. CC is a copy, not a purpose. */
export type RecipientRole = "ACTION" | "COMMENT" | "INFORMATION" | "RESPONSE" | "CC";

export interface Recipient {
  /** The recipient as the document writes it: "TSAG", "ITU-T SG 13", "IETF CCAMP Working Group". */
  readonly name: string;
  readonly role: RecipientRole;
}

export interface Contact {
  readonly name?: string;
  readonly email?: string;
  readonly affiliation?: string;
  /** "Contact", "From Contact", "Technical Contact", ... */
  readonly role?: string;
}

export interface ParsedDocument {
  /** The path the document was read from. */
  readonly file: string;
  readonly format: DocumentFormat;
  /** The publisher's identifier when the format carries one (ITU handle name, IETF liaison number). */
  readonly id?: string;
  readonly url?: string;
  readonly title?: string;
  /** ISO 8601 date (yyyy-mm-dd) of posting or approval. */
  readonly date?: string;
  /** "2017-2020", "2022-2024", "2025-2028". */
  readonly studyPeriod?: string;
  /** Senders as written ("SG17", "ITU-T Study Group 17 (Security)", "IETF CCAMP"). */
  readonly senders: readonly string[];
  readonly recipients: readonly Recipient[];
  /** Question(s) header of the ITU LS template, as written ("Q14/17, Q6/17"). */
  readonly questions: readonly string[];
  readonly contacts: readonly Contact[];
  readonly deadline?: string;
  readonly abstract?: string;
  /** The running text of the statement, whitespace normalized, paragraphs separated by blank lines. */
  readonly body: string;
  /** Every labelled header field as written, keyed by its label ("Posted Date", "For action to"). */
  readonly fields: Readonly<Record<string, string>>;
  /** Identifiers or titles of liaisons this one refers or replies to, as written in header fields. */
  readonly relatedDocuments: readonly string[];
  /**
   * Lines of the header zone that belong to no field ("Working Party 8A", a title, a date): where
   * a document without a labelled sender still names it.
   */
  readonly looseLines?: readonly string[];
  /** The document's own marking of who may read it, when it has one. */
  readonly access?: AccessLevel;
  /** For a sender or recipient as written, the header line it stands on, as the document writes it. */
  readonly evidence?: Readonly<Record<string, string>>;
}
