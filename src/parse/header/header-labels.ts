/**
 * The labels liaison statements put before their header values, across the families that write
 * them: IETF Datatracker pages (old and new), the ITU-T/ITU-R/ITU-D template and notification,
 * 3GPP cover pages and tdoc records, IEEE 802 liaison letters, ISO/IEC JTC 1 document cover
 * sheets and e-mail headers. One dictionary for every reader: a label means the same wherever
 * it is written.
 */

export type FieldKey =
  | "from" | "to" | "forAction" | "forComment" | "forInformation" | "cc" | "distribution"
  | "title" | "date" | "deadline" | "purpose" | "questions" | "contact" | "toContacts"
  | "related" | "attachments" | "abstract" | "body" | "state" | "documentType" | "status"
  | "meeting" | "approval" | "release" | "workItem" | "documentNumber" | "location" | "original" | "referring" | "group" | "access";

export interface LabelSpec {
  readonly key: FieldKey;
  readonly labels: readonly string[];
  /** Values may run over several lines, one entry a line (lists of names, titles, contacts). */
  readonly list?: boolean;
  /** The value is running text (an abstract), read up to the next label or blank line. */
  readonly prose?: boolean;
  /** Labels that are also how titles begin ("Liaison Statement to ..."): only with a colon. */
  readonly colonOnly?: readonly string[];
}

export const LABEL_SPECS: readonly LabelSpec[] = [
  { key: "from", labels: ["From", "From Group", "From Groups", "Source", "Sender", "Sent by", "Submitted by", "Originator", "From Body"], list: true },
  { key: "to", labels: ["To", "To Group", "To Groups", "Addressee", "Addressees", "Recipient", "Recipients", "Liaison to"], list: true },
  { key: "forAction", labels: ["For action to", "For action", "For Action To"], list: true },
  { key: "forComment", labels: ["For comment to", "For comments to", "For comment"], list: true },
  { key: "forInformation", labels: ["For information to", "For information", "For info to"], list: true },
  { key: "cc", labels: ["Cc", "CC", "Copy", "Copy to", "Copies to", "Cc Contacts", "Cc Groups"], list: true },
  { key: "distribution", labels: ["Distribution"], list: true },
  {
    key: "title",
    labels: ["Title", "Subject", "Re", "Liaison Statement", "Liaison Title", "LS Title"],
    colonOnly: ["Liaison Statement", "Re"],
  },
  {
    key: "date",
    labels: ["Date", "Posted Date", "Submitted Date", "Submission Date", "Sent", "Posted", "Date of submission", "Date sent", "Approval Date", "Issue Date"],
  },
  { key: "deadline", labels: ["Deadline", "Reply by", "Response deadline", "Reply deadline", "Due date"] },
  { key: "purpose", labels: ["Purpose", "For", "Action", "Action required", "Action requested"] },
  { key: "questions", labels: ["Question(s)", "Questions", "Question"] },
  {
    key: "contact",
    labels: [
      "Contact", "Contacts", "Contact person", "Contact Person", "Contact Persons", "From Contact", "From Contacts",
      "Response Contact", "Response Contacts", "Technical Contact", "Technical Contacts", "Action Holder Contacts",
      "Action Holders", "Reported by",
    ],
    list: true,
  },
  { key: "toContacts", labels: ["To Contacts", "To Contact"], list: true },
  {
    key: "related",
    labels: [
      "In reply to", "Reply to", "In response to", "Response to", "Related", "Related liaisons", "Related documents",
      "Liaisons referred by this one", "Referenced liaisons", "Your ref", "Our ref",
    ],
    list: true,
  },
  { key: "attachments", labels: ["Attachments", "Attachment", "Attachment(s)", "Attached"], list: true },
  /** Rows of the ITU template that say where the statement comes from inside its group. */
  {
    key: "group",
    labels: ["Study Group", "Working Party", "Intended type of document (R-C-TD)", "Intended type of document", "Keywords"],
    colonOnly: ["Study Group", "Working Party", "Intended type of document (R-C-TD)", "Intended type of document", "Keywords"],
  },
  /** Liaisons that answer or cite this one: the other direction, kept as a field only. */
  { key: "referring", labels: ["Liaisons referring to this one"], list: true },
  { key: "abstract", labels: ["Abstract", "Summary"], prose: true },
  { key: "body", labels: ["Body"], prose: true },
  { key: "state", labels: ["State"] },
  { key: "access", labels: ["Access", "Access level", "Classification", "Confidentiality"], colonOnly: ["Access", "Classification", "Confidentiality"] },
  { key: "documentType", labels: ["Doc Type", "Doc. Type", "Document type", "Document Type", "Type"] },
  { key: "status", labels: ["Status"] },
  { key: "meeting", labels: ["Meeting", "Meeting, date", "Meeting date", "Place/Date", "Place and date", "Meeting place"] },
  { key: "location", labels: ["Location", "Place", "Venue"] },
  { key: "approval", labels: ["Approval", "Approved", "Approved by", "Agreed"] },
  { key: "release", labels: ["Release"] },
  { key: "workItem", labels: ["Work Item", "Work Items", "Work item"] },
  { key: "documentNumber", labels: ["Tdoc", "TDoc", "Document", "Doc", "Doc. No", "Document No", "Document number"] },
  { key: "original", labels: ["Original", "Language"] },
];

/**
 * Labels that say "header" even without a colon: no sentence starts with "Submitted Date" or
 * "From Group". A single common word ("To", "From", "Title") needs a colon or the company of
 * other labels before it counts.
 */
export const DISTINCTIVE_LABELS: readonly string[] = [
  "From Group", "From Groups", "To Group", "To Groups", "Posted Date", "Submitted Date", "Submission Date",
  "From Contact", "From Contacts", "To Contacts", "To Contact", "Response Contact", "Response Contacts",
  "Technical Contact", "Technical Contacts", "Action Holder Contacts", "Liaisons referred by this one",
  "For action to", "For comment to", "For information to", "Doc Type", "Doc. Type", "Document type",
  "Cc Contacts", "Question(s)", "Liaisons referring to this one", "Body", "Attachments", "Attachment(s)",
];

/** Labels that may be glued to the end of the previous value when line breaks were lost. */
export const GLUEABLE_LABELS: readonly string[] = [
  "For action to", "For comment to", "For information to", "Deadline", "Contact", "Source", "Title", "Subject",
  "Approval", "Purpose", "Question(s)", "Meeting, date", "Summary", "Abstract", "Keywords", "Doc Type",
  "Document type", "Status", "Related", "Release", "Work Item", "Response to", "Attachments", "From", "To", "Cc",
  "CC", "Date", "Location", "Contacts", "Action", "Distribution", "Original",
];

const normalize = (label: string): string => label.replace(/\s+/g, " ").trim().toLowerCase();

const BY_LABEL = new Map<string, LabelSpec>();
for (const spec of LABEL_SPECS) for (const label of spec.labels) BY_LABEL.set(normalize(label), spec);

export function specForLabel(label: string): LabelSpec | undefined {
  return BY_LABEL.get(normalize(label));
}

export const isColonOnly = (label: string): boolean =>
  specForLabel(label)?.colonOnly?.some((only) => normalize(only) === normalize(label)) === true;

export const isDistinctiveLabel = (label: string): boolean =>
  DISTINCTIVE_LABELS.some((distinctive) => normalize(distinctive) === normalize(label));

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");

/** Every label, longest first, so "From Group" wins over "From" and "For action to" over "For". */
export const ALL_LABELS_PATTERN: string = [...BY_LABEL.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join("|");
