import { el, entityHash } from "./dom.js";
import { gql } from "./graphql.js";
import { typeLabel } from "./node-types.js";
import { describeError, isAbort, latestOnly } from "./panel.js";

const QUERY = `query DashboardSearch($text: String!) { search(text: $text, limit: 10) { type id name } }`;
const DELAY_MS = 200;

/**
 * Search as you type; results are plain links to profiles, so the keyboard, the middle click and
 * the back button all work. Enter opens the best hit.
 */
export function createSearch(form) {
  const input = form.querySelector("input");
  const status = form.querySelector(".search-status");
  const list = form.querySelector(".search-results");
  const next = latestOnly();
  let timer;
  let hits = [];
  let searched = "";

  async function run(text) {
    const signal = next();
    searched = text;
    if (text.length < 2) {
      hide();
      status.textContent = "";
      hits = [];
      return hits;
    }
    status.textContent = "Searching…";
    try {
      ({ search: hits } = await gql(QUERY, { text }, { signal }));
      status.textContent = hits.length === 0 ? `Nothing matches “${text}”.` : `${hits.length} match${hits.length === 1 ? "" : "es"}`;
      list.replaceChildren(
        ...hits.map((hit) =>
          el("li", {}, el("a", { href: entityHash(hit.id) }, el("span", {}, hit.name), el("span", { class: "type-tag" }, `${typeLabel(hit.type)} · ${hit.id}`))),
        ),
      );
      list.hidden = hits.length === 0;
    } catch (error) {
      if (isAbort(error)) return hits;
      hits = [];
      hide();
      status.textContent = describeError(error).replace("Could not load", "Search failed");
    }
    return hits;
  }

  function hide() {
    list.hidden = true;
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value.trim()), DELAY_MS);
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const text = input.value.trim();
    const best = (text === searched && hits.length > 0 ? hits : await run(text))[0];
    if (best) go(best.id);
  });
  form.addEventListener("keydown", (event) => {
    const links = [...list.querySelectorAll("a")];
    const at = links.indexOf(document.activeElement);
    if (event.key === "Escape") {
      hide();
      input.focus();
    } else if (event.key === "ArrowDown" && links.length > 0) {
      event.preventDefault();
      list.hidden = false;
      links[Math.min(at + 1, links.length - 1)].focus();
    } else if (event.key === "ArrowUp" && at >= 0) {
      event.preventDefault();
      (at === 0 ? input : links[at - 1]).focus();
    }
  });
  list.addEventListener("click", () => hide());
  document.addEventListener("click", (event) => {
    if (!form.contains(event.target)) hide();
  });
  input.addEventListener("focus", () => {
    if (hits.length > 0 && input.value.trim() === searched) list.hidden = false;
  });

  function go(id) {
    hide();
    location.hash = entityHash(id);
  }
}
