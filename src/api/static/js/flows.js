import { chartFor, heatmapOption, showEmpty, tooltipLines } from "./charts.js";
import { gql } from "./graphql.js";
import { shortName } from "./node-types.js";
import { isAbort, latestOnly, setState, showError } from "./panel.js";

const QUERY = `query DashboardFlows($limit: Int) {
  liaisonFlows(limit: $limit) {
    bodies { id name type }
    flows { from to count }
  }
}`;

const BODIES = 30;

/** The liaison flow heat map: senders down, recipients across, cell = liaison statements. */
export function createFlows(section, { open }) {
  const chartBox = section.querySelector(".chart");
  const next = latestOnly();
  let senders = [];
  let clickable = false;

  async function load() {
    const signal = next();
    setState(section, "loading", "Loading…");
    try {
      const chart = chartFor(chartBox);
      if (!clickable) {
        chart.on("click", (p) => senders[p.value?.[1]] && open(senders[p.value[1]].id));
        clickable = true;
      }
      const { liaisonFlows } = await gql(QUERY, { limit: BODIES }, { signal });
      const { bodies, flows } = liaisonFlows;
      if (flows.length === 0) {
        senders = [];
        showEmpty(chart, "No liaison statements in the graph yet");
        setState(section, "empty", "No liaison flows yet: ingest liaison statements to see who writes to whom.");
        chartBox.setAttribute("aria-label", "Liaison flow heat map: no liaison statements");
        return;
      }
      // Keep the API's order (busiest first) on both axes, each with only the bodies in that role.
      senders = bodies.filter((b) => flows.some((f) => f.from === b.id));
      const recipients = bodies.filter((b) => flows.some((f) => f.to === b.id));
      chart.clear();
      chart.setOption(option(flows, senders, recipients, chart));
      const top = flows.reduce((best, f) => (f.count > best.count ? f : best));
      chartBox.setAttribute(
        "aria-label",
        `Liaison flow heat map: ${flows.length} sender-recipient pairs among ${bodies.length} bodies. ` +
          `Busiest: ${top.from} to ${top.to}, ${top.count} liaison statement${top.count === 1 ? "" : "s"}.`,
      );
      setState(section, "ready");
    } catch (error) {
      if (!isAbort(error)) showError(section, error);
    }
  }

  return { load };
}

function option(flows, senders, recipients, chart) {
  const row = new Map(senders.map((b, i) => [b.id, i]));
  const column = new Map(recipients.map((b, i) => [b.id, i]));
  const byId = new Map([...senders, ...recipients].map((b) => [b.id, b]));
  const cells = flows.map((f) => ({ value: [column.get(f.to), row.get(f.from), f.count], flow: f }));
  return heatmapOption({
    x: recipients.map(shortName),
    y: senders.map(shortName),
    cells,
    max: Math.max(...flows.map((f) => f.count)),
    format: (v) => String(Math.round(v)),
    width: chart.getWidth(),
    height: chart.getHeight(),
    tooltip: ({ flow }) =>
      tooltipLines(
        `${byId.get(flow.from)?.name ?? flow.from} → ${byId.get(flow.to)?.name ?? flow.to}`,
        `${flow.count} liaison statement${flow.count === 1 ? "" : "s"}`,
      ),
  });
}
