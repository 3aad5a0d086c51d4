import { createRequire } from "node:module";
import path from "node:path";

interface GuardedAttribute {
  readonly annotations: { readonly authorization?: unknown };
}

interface AuthFiltersInput {
  readonly attributes?: readonly GuardedAttribute[];
  readonly [key: string]: unknown;
}

type GetAuthFilters = ((this: unknown, input: AuthFiltersInput) => unknown[]) & { attributesGuardedOnly?: true };

/**
 * @neo4j/graphql 7 builds the authorization filters of every concrete type a read reaches
 * (`AuthorizationFactory.getAuthFilters`, once per branch: a relationship to `Entity` is thirteen)
 * and, for each selected field, copies the whole input two or three times to ask for the field's own
 * rules, which come back empty for a field without `@authorization`. The schema puts its rules on
 * types (schema/access/), so those copies were all waste: only fields that carry rules are handed
 * on now. The filters are the same, in the same order (a field without rules only ever added
 * nothing). The class is reached by its file because the package does not export it; when a
 * version moves it, nothing is replaced and reads only go back to the slower path.
 */
export function askOnlyGuardedAttributes(): boolean {
  const require = createRequire(import.meta.url);
  const file = path.join(path.dirname(require.resolve("@neo4j/graphql")), "translate/queryAST/factory/AuthorizationFactory.js");
  let factory: { AuthorizationFactory?: { prototype: { getAuthFilters?: GetAuthFilters } } };
  try {
    factory = require(file) as typeof factory;
  } catch {
    return false;
  }
  const prototype = factory.AuthorizationFactory?.prototype;
  const original = prototype?.getAuthFilters;
  if (!prototype || typeof original !== "function") return false;
  if (original.attributesGuardedOnly) return true;
  const getAuthFilters = function (this: unknown, input: AuthFiltersInput): unknown[] {
    const attributes = input.attributes;
    if (!attributes?.length) return original.call(this, input);
    return original.call(this, { ...input, attributes: attributes.filter(isGuarded) });
  };
  prototype.getAuthFilters = Object.assign(getAuthFilters, { attributesGuardedOnly: true as const });
  return true;
}

function isGuarded(attribute: GuardedAttribute): boolean {
  return attribute.annotations.authorization !== undefined;
}
