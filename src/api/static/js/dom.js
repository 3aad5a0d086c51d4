/** Creates an element: `class`, `data-*`, `aria-*` and `role` become attributes, other keys properties. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("data-") || key.startsWith("aria-") || key === "role") node.setAttribute(key, String(value));
    else node[key] = value;
  }
  node.append(...children.flat().filter((c) => c !== undefined && c !== null && c !== false));
  return node;
}

/** For the few places that must hand HTML strings to a library (chart tooltips). */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/**
 * The hash of an entity's profile. Canonical ids are readable (`Q14/17`, `topic:blockchain`), so
 * `/` and `:` stay as they are; spaces and the rest are escaped.
 */
export function entityHash(id) {
  return "#/entity/" + encodeURIComponent(id).replace(/%3A/gi, ":").replace(/%2F/gi, "/");
}

/** The entity id of a profile hash, or undefined for any other hash. */
export function entityIdOf(hash) {
  const match = /^#\/entity\/(.+)$/.exec(hash);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

export function entityLink(ref, text = ref.name) {
  return el("a", { href: entityHash(ref.id), title: ref.name === ref.id ? undefined : ref.id }, text);
}
