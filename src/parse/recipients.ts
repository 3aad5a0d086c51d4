/** Recipients from header values, and the purpose words that decide their role. */

import type { Recipient, RecipientRole } from "./parsed-document.js";
import { splitNames } from "./split-names.js";

/** A purpose written after a name, "ITU-T SG 17 (for action)", overrides the field's role. */
const NAMED_PURPOSE = /\s*\(\s*(?:for\s+)?(action|comments?|information|info|response)\s*\)\s*$/i;

const NAMED_ROLES: Readonly<Record<string, RecipientRole>> = {
  action: "ACTION", comment: "COMMENT", comments: "COMMENT", information: "INFORMATION", info: "INFORMATION", response: "RESPONSE",
};

export function recipientsFrom(value: string | undefined, role: RecipientRole): Recipient[] {
  if (!value) return [];
  return splitNames(value).map((written) => {
    const purpose = NAMED_PURPOSE.exec(written)?.[1];
    if (!purpose) return { name: written, role };
    const name = written.replace(NAMED_PURPOSE, "").trim();
    return { name, role: NAMED_ROLES[purpose.toLowerCase()] ?? role };
  });
}

/** One recipient with its role, unless its name carries its own ("ITU-T SG 17 (for action)"). */
export function withNamedPurpose(written: string, role: RecipientRole, evidence?: Record<string, string>): Recipient {
  const purpose = NAMED_PURPOSE.exec(written)?.[1];
  if (!purpose) return { name: written, role };
  const name = written.replace(NAMED_PURPOSE, "").trim();
  if (evidence && evidence[written] !== undefined) evidence[name] ??= evidence[written];
  return { name, role: NAMED_ROLES[purpose.toLowerCase()] ?? role };
}

/** "For information", "In Response", "for ACTION" -> the role; undefined when no purpose is named. */
export function roleFromPurpose(purpose: string | undefined): RecipientRole | undefined {
  if (!purpose) return undefined;
  // "For action (response requested)" asks for action; only "In response" answers another LS.
  if (/\b(?:in|as an?)\s+(?:response|reply)\b|^\s*(?:response|reply)\b/i.test(purpose)) return "RESPONSE";
  if (/\baction\b/i.test(purpose)) return "ACTION";
  if (/\bcomments?\b/i.test(purpose)) return "COMMENT";
  if (/\binformation\b/i.test(purpose)) return "INFORMATION";
  return undefined;
}

/** One entry per name and role, first mention first: a group listed twice is addressed once. */
export function uniqueRecipients(recipients: readonly Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return recipients.filter((recipient) => {
    const key = `${recipient.role}\u0000${recipient.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
