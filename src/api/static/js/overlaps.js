import { chartFor, heatmapOption, showEmpty, tooltipLines } from "./charts.js";
import { gql } from "./graphql.js";
import { shortName } from "./node-types.js";
import { isAbort, latestOnly, setState, showError } from "./panel.js";

const QUERY = `query DashboardOverlaps($kinds: [BodyKind!], $limit: Int, $topics: Int) {
  overlaps(kinds: $kinds, limit: $limit) {
    a { id name type }
    b { id name type }
    score
    sharedTopicCount
    sharedTopics(first: $topics) { id name }
  }
}`;

// Enough pairs for a readable matrix of the most similar bodies.
const PAIRS = 60;
// Named in a cell's tooltip; the count says how many more.
const TOPICS_IN_TOOLTIP = 12;

/** The overlap heat map: one row and one column per body, cell = Jaccard score of their topics. */
export function createOverlaps(section, { open }) {
  const chartBox = section.querySelector(".chart");
  const next = latestOnly();
  let bodies = [];
  let clickable = false;

  section.querySelector(".filters").addEventListener("change", () => load());

  async function load() {
    const signal = next();
    const kinds = [...section.querySelectorAll('input[name="kind"]:checked')].map((input) => input.value);
    setState(section, "loading", "Loading…");
    try {
      const chart = chartFor(chartBox);
      if (!clickable) {
        // A cell opens the body of its row.
        chart.on("click", (p) => bodies[p.value?.[1]] && open(bodies[p.value[1]].id));
        clickable = true;
      }
      if (kinds.length === 0) {
        bodies = [];
        showEmpty(chart, "Choose at least one kind of body");
        setState(section, "empty", "No kind of body is selected.");
        return;
      }
      const { overlaps } = await gql(QUERY, { kinds, limit: PAIRS, topics: TOPICS_IN_TOOLTIP }, { signal });
      bodies = orderBodies(overlaps);
      if (overlaps.length === 0) {
        showEmpty(chart, "No two bodies share a topic yet");
        setState(section, "empty", "No overlaps: no two of these bodies study or write about the same topic yet.");
        chartBox.setAttribute("aria-label", "Topic overlap heat map: no overlaps");
        return;
      }
      chart.clear();
      chart.setOption(option(overlaps, bodies, chart));
      const top = overlaps[0];
      chartBox.setAttribute(
        "aria-label",
        `Topic overlap heat map of ${bodies.length} bodies. Highest: ${top.a.name} and ${top.b.name}, ` +
          `Jaccard ${top.score.toFixed(2)}, sharing ${top.sharedTopicCount} topic${top.sharedTopicCount === 1 ? "" : "s"}: ${top.sharedTopics.map((t) => t.name).join(", ")}${more(top)}.`,
      );
      setState(section, "ready");
    } catch (error) {
      if (!isAbort(error)) showError(section, error);
    }
  }

  return { load };
}

/** Bodies by how much they overlap with the others, most first, so the dense corner is top left. */
function orderBodies(overlaps) {
  const weight = new Map();
  for (const o of overlaps) {
    for (const ref of [o.a, o.b]) {
      const entry = weight.get(ref.id) ?? { ref, total: 0 };
      entry.total += o.score;
      weight.set(ref.id, entry);
    }
  }
  return [...weight.values()].sort((p, q) => q.total - p.total || p.ref.id.localeCompare(q.ref.id)).map((e) => e.ref);
}

function option(overlaps, bodies, chart) {
  const index = new Map(bodies.map((b, i) => [b.id, i]));
  const cells = overlaps.flatMap((o) => {
    const i = index.get(o.a.id);
    const j = index.get(o.b.id);
    return [
      { value: [i, j, o.score], overlap: o },
      { value: [j, i, o.score], overlap: o },
    ];
  });
  const labels = bodies.map(shortName);
  return heatmapOption({
    x: labels,
    y: labels,
    cells,
    max: Math.max(...overlaps.map((o) => o.score)),
    format: (v) => v.toFixed(2),
    width: chart.getWidth(),
    height: chart.getHeight(),
    tooltip: ({ overlap: o }) =>
      tooltipLines(
        `${o.a.name} ↔ ${o.b.name}`,
        `Jaccard ${o.score.toFixed(2)}, ${o.sharedTopicCount} shared topic${o.sharedTopicCount === 1 ? "" : "s"}:`,
        o.sharedTopics.map((t) => t.name).join(", ") + more(o),
      ),
  });
}

/** " and 12 more" when the pair shares more topics than it names. */
function more(overlap) {
  const rest = overlap.sharedTopicCount - overlap.sharedTopics.length;
  return rest > 0 ? ` and ${rest} more` : "";
}
