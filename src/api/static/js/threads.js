import { chartFor, showEmpty, tooltipLines } from "./charts.js";
import { el, entityLink } from "./dom.js";
import { gql } from "./graphql.js";
import { shortName, typeColour } from "./node-types.js";
import { isAbort, latestOnly, setState, showError } from "./panel.js";

const QUERY = `query DashboardThread($id: ID!) {
  liaisonThread(id: $id) {
    id
    bodies { id name type }
    statements {
      id title date deadline stub
      sentBy { id name type }
      recipients { body { id name type } purpose }
      asks { body { id name type } action }
      repliesTo { to evidence }
    }
  }
}`;

/**
 * A thread of replies as a timeline: one row per sending body, one point per statement at its
 * date, a line from each reply to the statement it answers. Below it, the same thread as a list
 * (senders, recipients with their purpose, what is asked), which is what a screen reader reads.
 */
export function createThreads(section) {
  const chartBox = section.querySelector(".chart");
  const list = section.querySelector("ol");
  const form = section.querySelector("form");
  const input = form.querySelector("input[name=id]");
  const next = latestOnly();
  let shown;

  /** `initial`: only when no thread is shown yet (the first open request, not over the reader's choice). */
  async function show(id, { focus = false, initial = false } = {}) {
    if (!id || (initial && shown)) return;
    input.value = id;
    shown = id;
    const signal = next();
    setState(section, "loading", "Loading…");
    try {
      const { liaisonThread } = await gql(QUERY, { id }, { signal });
      const chart = chartFor(chartBox);
      const { statements, bodies } = liaisonThread;
      chart.clear();
      chart.setOption(option(statements));
      chart.off("click");
      chart.on("click", (p) => p.data?.statement && show(p.data.statement.id, { focus: true }));
      chartBox.setAttribute(
        "aria-label",
        `Thread timeline: ${statements.length} liaison statement${statements.length === 1 ? "" : "s"} among ${bodies.length} bodies.`,
      );
      list.replaceChildren(...statements.map((s) => item(s)));
      setState(section, "ready", `${statements.length} statement${statements.length === 1 ? "" : "s"} in the thread of ${id}.`);
      if (focus) section.querySelector("h2").focus();
    } catch (error) {
      if (isAbort(error)) return;
      if (error?.code !== "BAD_USER_INPUT") return showError(section, error);
      // An id the API does not know (or may not show): say so, with its closest names.
      list.replaceChildren();
      showEmpty(chartFor(chartBox), "No such liaison statement");
      setState(section, "empty", `There is no liaison statement with the id ${id}. ${error.message}`);
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    show(input.value.trim(), { focus: true });
  });
  return { show, load: () => shown && show(shown) };
}

function option(statements) {
  const dated = statements.filter((s) => s.date);
  const senders = [];
  for (const s of dated) for (const b of s.sentBy) if (!senders.some((x) => x.id === b.id)) senders.push(b);
  const row = (s) => senders.findIndex((b) => b.id === s.sentBy[0]?.id);
  const byId = new Map(dated.map((s) => [s.id, s]));
  const points = dated.map((s) => ({
    value: [s.date, row(s)],
    statement: s,
    itemStyle: { color: typeColour(s.sentBy[0]?.type) },
  }));
  const links = dated.flatMap((s) =>
    s.repliesTo
      .map((link) => byId.get(link.to))
      .filter(Boolean)
      .map((answered) => ({ coords: [[s.date, row(s)], [answered.date, row(answered)]] })),
  );
  return {
    animation: false,
    grid: { left: 130, right: 150, top: 20, bottom: 40 },
    tooltip: {
      confine: true,
      formatter: (p) =>
        p.data?.statement
          ? tooltipLines(
              p.data.statement.title,
              `${p.data.statement.date} · ${p.data.statement.sentBy.map((b) => b.name).join(", ")}`,
              p.data.statement.deadline ? `reply by ${p.data.statement.deadline}` : "",
            )
          : "",
    },
    xAxis: { type: "time", axisLabel: { fontSize: 11 } },
    yAxis: { type: "category", data: senders.map(shortName), inverse: true, axisLabel: { fontSize: 11 } },
    series: [
      { type: "lines", coordinateSystem: "cartesian2d", data: links, lineStyle: { color: "#5b6775", width: 1.5, curveness: 0.2 }, symbol: ["none", "arrow"], symbolSize: 8, silent: true },
      { type: "scatter", data: points, symbolSize: 14, label: { show: true, position: "right", fontSize: 10, formatter: (p) => p.data.statement.id } },
    ],
  };
}

function item(s) {
  const senders = s.sentBy.flatMap((b, i) => (i === 0 ? [entityLink(b)] : [", ", entityLink(b)]));
  const recipients = s.recipients.flatMap((r, i) => [i === 0 ? "" : ", ", entityLink(r.body), ` (${(r.purpose ?? "").toLowerCase()})`]);
  const asks = s.asks.map((a) => el("li", {}, "asks ", entityLink(a.body), ` to ${a.action}`));
  const replies = s.repliesTo.map((r) => el("li", { class: "muted" }, `replies to ${r.to}: “${r.evidence}”`));
  return el(
    "li",
    { "data-id": s.id },
    el("strong", {}, s.stub ? `${s.title} (cited, not ingested yet)` : s.title),
    el("div", { class: "muted" }, `${s.id} · ${s.date ?? "undated"}${s.deadline ? ` · reply by ${s.deadline}` : ""}`),
    s.stub ? "" : el("div", {}, ...senders, " → ", ...recipients),
    asks.length + replies.length > 0 ? el("ul", {}, ...asks, ...replies) : "",
  );
}
