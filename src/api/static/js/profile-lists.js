import { el } from "./dom.js";

/**
 * A list that shows its first `shown` items and a button for the rest: nothing a list holds is
 * ever cut off with a bare "and N more". `items` are ready <li> elements.
 */
export function expandable(items, { shown = 8, className = "" } = {}) {
  const list = el("ul", { class: className }, items);
  if (items.length <= shown) return list;
  const hidden = items.slice(shown);
  for (const item of hidden) item.hidden = true;
  const button = el("button", { type: "button", class: "link-button more", "aria-expanded": "false" }, `Show all ${items.length}`);
  button.addEventListener("click", () => {
    const expand = button.getAttribute("aria-expanded") !== "true";
    for (const item of hidden) item.hidden = !expand;
    button.setAttribute("aria-expanded", String(expand));
    button.textContent = expand ? `Show the first ${shown}` : `Show all ${items.length}`;
  });
  return el("div", { class: "expandable" }, list, button);
}
