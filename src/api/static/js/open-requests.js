import { el, entityLink } from "./dom.js";
import { gql } from "./graphql.js";
import { isAbort, latestOnly, setState, showError } from "./panel.js";

const QUERY = `query DashboardOpenRequests($overdueOnly: Boolean, $limit: Int) {
  awaitingReply(overdueOnly: $overdueOnly, limit: $limit) {
    statement { id title date deadline }
    sentBy { id name type }
    addressee { id name type }
    purpose
    actions
    evidence
    daysOverdue
  }
}`;

const ROWS = 100;

/** What was asked, in words: the sentences' actions, else the header's purpose. */
function asked(row) {
  if (row.actions.length > 0) return row.actions.join(", ");
  return row.purpose === "COMMENT" ? "comment" : "action";
}

function overdueText(days) {
  if (days === null) return "no deadline";
  if (days > 0) return `${days} day${days === 1 ? "" : "s"} overdue`;
  if (days === 0) return "due today";
  return `${-days} day${days === -1 ? "" : "s"} left`;
}

/**
 * Open requests: statements still awaiting a reply from a body they asked, overdue first (the
 * API's order). A statement's title opens its thread in the Threads view.
 */
export function createOpenRequests(section, { showThread }) {
  const body = section.querySelector("tbody");
  const overdueOnly = section.querySelector("input[name=overdueOnly]");
  const next = latestOnly();

  async function load() {
    const signal = next();
    setState(section, "loading", "Loading…");
    try {
      const { awaitingReply } = await gql(QUERY, { overdueOnly: overdueOnly.checked, limit: ROWS }, { signal });
      body.replaceChildren(...awaitingReply.map((row) => tableRow(row, showThread)));
      if (awaitingReply.length === 0) {
        setState(section, "empty", overdueOnly.checked ? "No request is past its deadline." : "No request awaits a reply.");
        return;
      }
      const overdue = awaitingReply.filter((r) => r.daysOverdue > 0).length;
      setState(section, "ready", `${awaitingReply.length} open request${awaitingReply.length === 1 ? "" : "s"}, ${overdue} overdue.`);
      if (awaitingReply[0]) showThread(awaitingReply[0].statement.id, { initial: true });
    } catch (error) {
      if (!isAbort(error)) showError(section, error);
    }
  }

  overdueOnly.addEventListener("change", load);
  return { load };
}

function tableRow(row, showThread) {
  const { statement } = row;
  const title = el("button", { type: "button", class: "link-button", title: statement.id }, statement.title);
  title.addEventListener("click", () => showThread(statement.id, { focus: true }));
  const late = row.daysOverdue !== null && row.daysOverdue > 0;
  return el(
    "tr",
    { "data-overdue": late ? "true" : "false" },
    el("td", {}, title, el("div", { class: "muted" }, `${statement.id} · ${statement.date ?? "undated"}`)),
    el("td", {}, ...row.sentBy.flatMap((b, i) => (i === 0 ? [entityLink(b)] : [", ", entityLink(b)]))),
    el("td", {}, entityLink(row.addressee)),
    el("td", { title: row.evidence ?? "" }, asked(row)),
    el("td", {}, statement.deadline ?? "—"),
    el("td", { class: late ? "overdue" : undefined }, overdueText(row.daysOverdue)),
  );
}
