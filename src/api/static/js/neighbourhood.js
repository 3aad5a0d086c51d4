import { el, entityLink } from "./dom.js";
import { gql } from "./graphql.js";
import { loadScript } from "./load-script.js";
import { shortName, typeColour, typeLabel } from "./node-types.js";

export const NEIGHBOURHOOD_QUERY = `query DashboardNeighbourhood($id: ID!, $limit: Int) {
  neighbourhood(id: $id, limit: $limit) {
    nodes { id name type }
    relations { type from to document evidence }
  }
}`;

const MAX_LABEL = 28;
// Neighbours of one type shown before a "+N more" node stands for the rest: a body with forty
// documents still reads as a body with a few documents and its structure.
const FAN_OUT = 8;
// Neighbours a click on a node adds around it.
const EXPAND_LIMIT = 24;
const DOCUMENTS_GROUP = "group:documents";
// cytoscape-fcose needs its two layout libraries first; the three register themselves in order.
const SCRIPTS = ["/vendor/cytoscape.min.js", "/vendor/layout-base.js", "/vendor/cose-base.js", "/vendor/cytoscape-fcose.js"];

let graph;

/**
 * Draws a neighbourhood (the first node is the centre) with a force-directed layout, documents
 * gathered in one group, at most FAN_OUT neighbours of a type until "show more", edge labels on
 * hover, filters by node and relation type, and a click on a node adding its own neighbours in
 * place. Also lists the neighbours as links for those who do not use the drawing. The box gets
 * `data-node-count`, `data-edge-count` (what is drawn) and `data-layout`.
 */
export async function drawNeighbourhood(box, caption, neighbourhood, { open }) {
  for (const src of SCRIPTS) await loadScript(src);
  const centre = neighbourhood.nodes[0];
  const state = {
    centre,
    nodes: new Map(neighbourhood.nodes.map((n) => [n.id, n])),
    edges: mergeParallel(neighbourhood.relations),
    // Which node's neighbours of which type are shown in full.
    revealed: new Set(),
    expanded: new Set([centre.id]),
    hiddenTypes: new Set(),
    hiddenRelations: new Set(),
    showPeers: false,
  };

  graph?.destroy();
  graph = window.cytoscape({ container: box, style: style(), minZoom: 0.2, maxZoom: 2.5 });
  const info = el("p", { class: "graph-info", role: "status", "aria-live": "polite" }, "Click a node to add its neighbours; hover a line to name the relation.");
  const controls = el("div", { class: "graph-controls" });
  const more = el("div", { class: "graph-more" });

  const redraw = ({ fit = true } = {}) => {
    render(state, box);
    const wasOpen = controls.querySelector("details")?.open ?? false;
    controls.replaceChildren(...filters(state, redraw));
    if (wasOpen) controls.querySelector("details").open = true;
    more.replaceChildren(...moreButtons(state, redraw));
    caption.replaceChildren(legend([...state.nodes.values()]), neighbourList(state));
    runLayout(fit);
  };

  graph.on("tap", "node", async (event) => {
    const node = event.target;
    if (node.data("more")) {
      state.revealed.add(node.data("more"));
      return redraw();
    }
    if (node.data("group")) return;
    const ref = state.nodes.get(node.id());
    info.replaceChildren(entityLink(ref, `Open ${shortName(ref)}`), ` (${typeLabel(ref.type)})`);
    if (state.expanded.has(ref.id)) return;
    state.expanded.add(ref.id);
    try {
      const { neighbourhood: around } = await gql(NEIGHBOURHOOD_QUERY, { id: ref.id, limit: EXPAND_LIMIT });
      if (!around || graph?.container() !== box) return;
      for (const n of around.nodes) if (!state.nodes.has(n.id)) state.nodes.set(n.id, n);
      state.edges = mergeParallel([...state.edges.flatMap(unmerge), ...around.relations]);
      info.append(` · added its neighbours`);
      redraw();
    } catch (error) {
      state.expanded.delete(ref.id);
      info.textContent = `Could not add the neighbours of ${shortName(ref)}: ${error.message}`;
    }
  });
  graph.on("dbltap", "node", (event) => {
    const id = event.target.id();
    if (state.nodes.has(id) && id !== centre.id) open(id);
  });
  // Edge labels only for the line or node under the pointer: forty labels at once are noise.
  graph.on("mouseover", "edge", (event) => event.target.addClass("hover"));
  graph.on("mouseout", "edge", (event) => event.target.removeClass("hover"));
  graph.on("mouseover", "node", (event) => {
    event.target.connectedEdges().addClass("hover");
    const ref = state.nodes.get(event.target.id());
    box.title = ref ? `${ref.name} (${typeLabel(ref.type)})` : event.target.data("label");
  });
  graph.on("mouseout", "node", (event) => {
    event.target.connectedEdges().removeClass("hover");
    box.removeAttribute("title");
  });

  const figure = box.parentElement;
  figure.querySelector(".graph-toolbar")?.remove();
  figure.insertBefore(el("div", { class: "graph-toolbar" }, controls, more, info), box);
  redraw();
}

/** Where a drawn node is inside the graph's box, in CSS pixels, or undefined: lets a test click it. */
export function nodePosition(id) {
  const node = graph?.getElementById(id);
  if (!node || node.empty()) return undefined;
  const { x, y } = node.renderedPosition();
  return { x, y };
}

export function clearNeighbourhood(box, caption) {
  graph?.destroy();
  graph = undefined;
  delete box.dataset.nodeCount;
  delete box.dataset.edgeCount;
  delete box.dataset.layout;
  box.parentElement?.querySelector(".graph-toolbar")?.remove();
  caption.replaceChildren();
}

/** What is drawn: expanded nodes' neighbours, FAN_OUT per type unless revealed, filters applied. */
function visible(state) {
  const shown = new Set([state.centre.id]);
  const hiddenCounts = [];
  // In the order they were opened, so an opened node counts only while it is itself drawn.
  for (const owner of state.expanded) {
    if (!shown.has(owner)) continue;
    const byType = new Map();
    for (const e of state.edges) {
      if (state.hiddenRelations.has(e.type)) continue;
      const other = e.from === owner ? e.to : e.to === owner ? e.from : undefined;
      const node = other && state.nodes.get(other);
      if (!node || state.hiddenTypes.has(node.type)) continue;
      byType.set(node.type, new Set([...(byType.get(node.type) ?? []), other]));
    }
    for (const [type, ids] of byType) {
      const list = [...ids];
      const key = `${owner}\u0000${type}`;
      const cap = state.revealed.has(key) ? list.length : FAN_OUT;
      list.slice(0, cap).forEach((id) => shown.add(id));
      if (list.length > cap) hiddenCounts.push({ key, owner, type, count: list.length - cap });
    }
  }
  // Links between two neighbours tangle the drawing; they are drawn only when asked for.
  const edges = state.edges.filter(
    (e) =>
      shown.has(e.from) &&
      shown.has(e.to) &&
      !state.hiddenRelations.has(e.type) &&
      (state.showPeers || state.expanded.has(e.from) || state.expanded.has(e.to)),
  );
  return { shown, edges, more: hiddenCounts.filter((m) => shown.has(m.owner)) };
}

function render(state, box) {
  const { shown, edges, more } = visible(state);
  const documents = [...shown].filter((id) => state.nodes.get(id)?.type === "LiaisonStatement" && id !== state.centre.id);
  const elements = [];
  if (documents.length > 1) elements.push({ data: { id: DOCUMENTS_GROUP, label: `Liaison statements (${documents.length})`, group: true }, classes: "group" });
  for (const id of shown) {
    const n = state.nodes.get(id);
    const parent = documents.length > 1 && documents.includes(id) ? DOCUMENTS_GROUP : undefined;
    elements.push({
      data: { id, label: truncate(shortName(n)), colour: typeColour(n.type), ...(parent ? { parent } : {}) },
      classes: [id === state.centre.id ? "centre" : "", state.expanded.has(id) ? "expanded" : ""].join(" "),
    });
  }
  edges.forEach((e, i) => elements.push({ data: { id: `e${i}:${e.from}:${e.type}:${e.to}`, source: e.from, target: e.to, label: e.label, type: e.type } }));
  for (const m of more) {
    const id = `more:${m.key}`;
    elements.push({ data: { id, label: `+${m.count} more: ${typeLabel(m.type)}`, more: m.key, colour: "#ffffff" }, classes: "more" });
    elements.push({ data: { id: `${id}:edge`, source: m.owner, target: id }, classes: "more" });
  }
  const positions = new Map(graph.nodes().map((n) => [n.id(), { ...n.position() }]));
  graph.elements().remove();
  graph.add(elements);
  // Nodes already drawn keep their places; new ones start next to the node they hang from.
  graph.nodes().forEach((n) => {
    const known = positions.get(n.id());
    if (known) n.position(known);
  });
  box.dataset.nodeCount = String(graph.nodes().filter((n) => !n.data("group") && !n.data("more")).length);
  box.dataset.edgeCount = String(edges.length);
  box.dataset.moreCount = String(more.length);
  box.setAttribute(
    "aria-label",
    `Neighbourhood graph of ${state.centre.name}: ${shown.size - 1} neighbours drawn, ${edges.length} relations. The list below has the same content.`,
  );
}

function runLayout(fit) {
  const first = graph.nodes().every((n) => n.position().x === 0 && n.position().y === 0);
  const layout = graph.layout({
    name: "fcose",
    quality: "default",
    randomize: first,
    animate: !first,
    animationDuration: 300,
    fit,
    padding: 24,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: 90,
    nodeRepulsion: 6500,
    packComponents: true,
  });
  const container = graph.container();
  // Nodes move while an animated layout runs: "done" says where they are is where they stay.
  container.dataset.layoutState = "running";
  layout.one("layoutstop", () => {
    container.dataset.layoutState = "done";
  });
  layout.run();
  container.dataset.layout = "fcose";
}

function filters(state, redraw) {
  const types = [...new Set([...state.nodes.values()].filter((n) => n.id !== state.centre.id).map((n) => n.type))].sort();
  const relations = [...new Set(state.edges.map((e) => e.type))].sort();
  const box = (legendText, values, hidden, label) =>
    el(
      "fieldset",
      {},
      el("legend", {}, legendText),
      values.map((value) => {
        const input = el("input", { type: "checkbox", checked: !hidden.has(value), value });
        input.addEventListener("change", () => {
          if (input.checked) hidden.delete(value);
          else hidden.add(value);
          redraw();
        });
        return el("label", {}, input, ` ${label(value)}`);
      }),
    );
  const hidden = state.hiddenTypes.size + state.hiddenRelations.size;
  return [
    el(
      "details",
      { class: "graph-filters" },
      el("summary", {}, hidden > 0 ? `Filters (${hidden} hidden)` : "Filters"),
      box("Show", types, state.hiddenTypes, typeLabel),
      box("Relations", relations, state.hiddenRelations, (t) => t),
      el("label", {}, peersToggle(state, redraw), " Links among neighbours"),
    ),
  ];
}

function peersToggle(state, redraw) {
  const input = el("input", { type: "checkbox", checked: state.showPeers, name: "peers" });
  input.addEventListener("change", () => {
    state.showPeers = input.checked;
    redraw();
  });
  return input;
}

function moreButtons(state, redraw) {
  return visible(state).more.map((m) => {
    const owner = state.nodes.get(m.owner);
    const button = el("button", { type: "button", class: "link-button show-more" }, `Show ${m.count} more of ${shortName(owner)}'s neighbours (${typeLabel(m.type)})`);
    button.addEventListener("click", () => {
      state.revealed.add(m.key);
      redraw();
    });
    return button;
  });
}

/** One edge per (from, to, type): a relation exists once per supporting document. */
function mergeParallel(relations) {
  const merged = new Map();
  for (const r of relations) {
    const key = `${r.from}\u0000${r.to}\u0000${r.type}`;
    const entry = merged.get(key) ?? { from: r.from, to: r.to, type: r.type, count: 0 };
    entry.count += r.count ?? 1;
    merged.set(key, entry);
  }
  return [...merged.values()].map((e) => ({ ...e, label: e.count > 1 ? `${e.type} ×${e.count}` : e.type }));
}

/** A merged edge back as relations, for merging again with new ones; the count stays with it. */
function unmerge(edge) {
  return [{ from: edge.from, to: edge.to, type: edge.type, count: edge.count }];
}

function truncate(text) {
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}

function style() {
  return [
    {
      selector: "node",
      style: {
        "background-color": "data(colour)",
        label: "data(label)",
        width: 20,
        height: 20,
        "font-size": 12,
        color: "#1d2733",
        "text-valign": "bottom",
        "text-margin-y": 4,
        "text-background-color": "#fbfcfd",
        "text-background-opacity": 0.85,
        "text-background-padding": 2,
        "min-zoomed-font-size": 7,
      },
    },
    { selector: "node.centre", style: { width: 34, height: 34, "border-width": 3, "border-color": "#1d2733", "font-size": 14, "font-weight": "bold" } },
    { selector: "node.expanded", style: { "border-width": 2, "border-color": "#1d2733" } },
    {
      selector: "node.group",
      style: {
        shape: "round-rectangle",
        "background-color": "#eef1f5",
        "background-opacity": 0.6,
        "border-width": 1,
        "border-color": "#c3ccd6",
        "border-style": "dashed",
        label: "data(label)",
        "text-valign": "top",
        "text-halign": "center",
        "font-size": 12,
        color: "#5b6775",
        padding: 12,
      },
    },
    {
      selector: "node.more",
      style: {
        shape: "round-rectangle",
        width: 130,
        height: 22,
        "background-color": "#ffffff",
        "border-width": 1,
        "border-color": "#1f5f99",
        "text-valign": "center",
        "text-margin-y": 0,
        "text-background-opacity": 0,
        color: "#1f5f99",
        "font-size": 11,
      },
    },
    {
      selector: "edge",
      style: {
        width: 1.4,
        "line-color": "#aab4bf",
        "target-arrow-color": "#aab4bf",
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.9,
        "curve-style": "bezier",
        label: "",
        "font-size": 10,
        color: "#1d2733",
        "text-rotation": "autorotate",
        "text-background-color": "#fff",
        "text-background-opacity": 1,
        "text-background-padding": 2,
      },
    },
    { selector: "edge.hover", style: { label: "data(label)", "line-color": "#1f5f99", "target-arrow-color": "#1f5f99", width: 2.2, "z-index": 10 } },
    { selector: "edge.more", style: { "line-style": "dashed", "target-arrow-shape": "none" } },
  ];
}

function legend(nodes) {
  const types = [...new Set(nodes.map((n) => n.type))];
  return el("div", { class: "legend", "aria-hidden": "true" }, types.map((t) => el("span", { style: `--swatch:${typeColour(t)}` }, typeLabel(t))));
}

/** Every relation of the centre as a link, whatever the drawing shows. */
function neighbourList(state) {
  const { centre, nodes, edges } = state;
  const items = edges
    .filter((e) => e.from === centre.id || e.to === centre.id)
    .map((e) => {
      const other = nodes.get(e.from === centre.id ? e.to : e.from);
      const relation = e.from === centre.id ? `${e.label} → ` : `← ${e.label} `;
      return other ? el("li", {}, relation, entityLink(other, shortName(other)), ` (${typeLabel(other.type)})`) : null;
    });
  return el("details", {}, el("summary", {}, `Neighbours as a list (${items.filter(Boolean).length})`), el("ul", {}, items));
}
