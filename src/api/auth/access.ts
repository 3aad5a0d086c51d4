/**
 * Who may read what. Every liaison statement has an access level (`public` when it has none);
 * each role reads a set of levels. This is the one place that maps roles to levels: the
 * @neo4j/graphql filter (schema/access/) and the saved queries (`$access`) both receive the set.
 */
export const ACCESS_LEVELS = ["public", "restricted"] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export const ROLES = ["reader", "member", "editor"] as const;
export type Role = (typeof ROLES)[number];

const ROLE_ACCESS: Readonly<Record<Role, readonly AccessLevel[]>> = {
  reader: ["public"],
  member: ["public", "restricted"],
  // Editors may also run ingestion; for reading they are members.
  editor: ["public", "restricted"],
};

export interface Viewer {
  /** The token's subject; undefined for anonymous readers. */
  readonly subject: string | undefined;
  readonly roles: readonly Role[];
  /** The access levels this viewer reads, in ACCESS_LEVELS order. */
  readonly access: readonly AccessLevel[];
}

/** A reader without credentials, when PUBLIC_READ=true. */
export const ANONYMOUS: Viewer = { subject: undefined, roles: ["reader"], access: ["public"] };

/**
 * The viewer for the roles a verified token names: unknown role names are ignored, and a token
 * with no known role reads as a reader.
 */
export function viewerFor(claimedRoles: readonly string[], subject: string | undefined): Viewer {
  const roles = ROLES.filter((role) => claimedRoles.includes(role));
  const granted = new Set<AccessLevel>((roles.length > 0 ? roles : (["reader"] as const)).flatMap((role) => ROLE_ACCESS[role]));
  return {
    subject,
    roles: roles.length > 0 ? roles : ["reader"],
    access: ACCESS_LEVELS.filter((level) => granted.has(level)),
  };
}
