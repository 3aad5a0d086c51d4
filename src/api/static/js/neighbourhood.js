import { el, entityLink } from "./dom.js";
import { shortName, typeColour, typeLabel } from "./node-types.js";
import { loadScript } from "./load-script.js";

const MAX_LABEL = 28;
// Beyond this many edges their labels overlap into noise; hovering still names them.
const EDGE_LABELS_UP_TO = 30;

let graph;

/**
 * Draws a neighbourhood (the first node is the centre) and lists it as links for those who do
 * not use the drawing. The box gets `data-node-count` and `data-edge-count`.
 */
export async function drawNeighbourhood(box, caption, neighbourhood, { open }) {
  await loadScript("/vendor/cytoscape.min.js");
  const { nodes, relations } = neighbourhood;
  const centre = nodes[0];
  const ids = new Set(nodes.map((n) => n.id));
  const edges = mergeParallel(relations.filter((r) => ids.has(r.from) && ids.has(r.to)));

  graph?.destroy();
  graph = window.cytoscape({
    container: box,
    elements: [
      ...nodes.map((n) => ({
        data: { id: n.id, label: truncate(shortName(n)), colour: typeColour(n.type), name: n.name, type: n.type },
        classes: n.id === centre.id ? "centre" : "",
      })),
      ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.from, target: e.to, label: e.label } })),
    ],
    style: style(edges.length <= EDGE_LABELS_UP_TO),
    // The centre in the middle, its neighbours around it: the question asked is "what is linked to it".
    layout: {
      name: "concentric",
      concentric: (node) => (node.hasClass("centre") ? 2 : 1),
      levelWidth: () => 1,
      minNodeSpacing: 36,
      avoidOverlap: true,
      animate: false,
      padding: 28,
    },
    minZoom: 0.3,
    maxZoom: 1.5,
  });
  graph.on("tap", "node", (event) => {
    const id = event.target.id();
    if (id !== centre.id) open(id);
  });
  graph.on("mouseover", "node", (event) => (box.title = `${event.target.data("name")} (${typeLabel(event.target.data("type"))})`));
  graph.on("mouseout", "node", () => box.removeAttribute("title"));

  box.dataset.nodeCount = String(nodes.length);
  box.dataset.edgeCount = String(edges.length);
  box.setAttribute("aria-label", `Neighbourhood graph of ${centre.name}: ${nodes.length - 1} neighbours, ${edges.length} relations. The list below has the same content.`);
  caption.replaceChildren(legend(nodes), neighbourList(centre, nodes, edges));
}

export function clearNeighbourhood(box, caption) {
  graph?.destroy();
  graph = undefined;
  delete box.dataset.nodeCount;
  delete box.dataset.edgeCount;
  caption.replaceChildren();
}

/** One edge per (from, to, type): a relation exists once per supporting document. */
function mergeParallel(relations) {
  const merged = new Map();
  for (const r of relations) {
    const key = `${r.from}\u0000${r.to}\u0000${r.type}`;
    const entry = merged.get(key) ?? { from: r.from, to: r.to, type: r.type, count: 0 };
    entry.count += 1;
    merged.set(key, entry);
  }
  return [...merged.values()].map((e) => ({ ...e, label: e.count > 1 ? `${e.type} ×${e.count}` : e.type }));
}

function truncate(text) {
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}

function style(edgeLabels) {
  return [
    {
      selector: "node",
      style: {
        "background-color": "data(colour)",
        label: "data(label)",
        width: 18,
        height: 18,
        "font-size": 10,
        color: "#1d2733",
        "text-valign": "bottom",
        "text-margin-y": 3,
        "text-background-color": "#fbfcfd",
        "text-background-opacity": 0.8,
        "text-background-padding": 1,
      },
    },
    { selector: "node.centre", style: { width: 32, height: 32, "border-width": 3, "border-color": "#1d2733", "font-size": 12, "font-weight": "bold" } },
    {
      selector: "edge",
      style: {
        width: 1.2,
        "line-color": "#aab4bf",
        "target-arrow-color": "#aab4bf",
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.8,
        "curve-style": "bezier",
        label: edgeLabels ? "data(label)" : "",
        "font-size": 7,
        color: "#5b6775",
        "text-rotation": "autorotate",
        "text-background-color": "#fbfcfd",
        "text-background-opacity": 1,
      },
    },
  ];
}

function legend(nodes) {
  const types = [...new Set(nodes.map((n) => n.type))];
  return el("div", { class: "legend", "aria-hidden": "true" }, types.map((t) => el("span", { style: `--swatch:${typeColour(t)}` }, typeLabel(t))));
}

function neighbourList(centre, nodes, edges) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const items = edges
    .filter((e) => e.from === centre.id || e.to === centre.id)
    .map((e) => {
      const other = byId.get(e.from === centre.id ? e.to : e.from);
      const relation = e.from === centre.id ? `${e.label} → ` : `← ${e.label} `;
      return el("li", {}, relation, entityLink(other, shortName(other)), ` (${typeLabel(other.type)})`);
    });
  return el("details", {}, el("summary", {}, `Neighbours as a list (${nodes.length - 1})`), el("ul", {}, items));
}
