/**
 * Draws the graph model from the GraphQL schema, the one place it is declared: node types are
 * the `@node` types of schema/*.graphql, relationships their `@relationship` fields. Writes
 * docs/model.mmd (Mermaid source, rendered by code hosts) and docs/images/model.png (the same
 * graph laid out by the vendored cytoscape in headless Chromium).
 *
 * Run: npm run draw-model   (a unit test fails when docs/model.mmd no longer matches the schema)
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Kind, parse, type ConstDirectiveNode, type FieldDefinitionNode, type TypeNode } from "graphql";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SCHEMA_DIR = path.join(ROOT, "schema");
export const MERMAID_FILE = path.join(ROOT, "docs", "model.mmd");
export const PNG_FILE = path.join(ROOT, "docs", "images", "model.png");

export interface Edge {
  readonly from: string;
  readonly type: string;
  readonly to: string;
}

export interface Model {
  /** Node types (`@node`), sorted. */
  readonly nodes: readonly string[];
  /** Interfaces with the node types that implement them. */
  readonly interfaces: ReadonlyMap<string, readonly string[]>;
  /** What to draw as "implements" arrows: each type or interface to its most specific interfaces. */
  readonly implementations: ReadonlyMap<string, readonly string[]>;
  /** One edge per (from, type, to), an interface standing for all its types where they all have the edge. */
  readonly edges: readonly Edge[];
}

/** The model as the schema files declare it (every `.graphql` under schema/, sub-folders too). */
export function readModel(folder = SCHEMA_DIR): Model {
  const document = parse(sdlFiles(folder).map((file) => readFileSync(file, "utf8")).join("\n"));
  const nodes = new Set<string>();
  const implementsOf = new Map<string, string[]>();
  const raw: Edge[] = [];
  const interfaceParents = new Map<string, string[]>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.INTERFACE_TYPE_DEFINITION && definition.interfaces?.length) {
      interfaceParents.set(definition.name.value, definition.interfaces.map((i) => i.name.value));
    }
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const name = definition.name.value;
    if (definition.directives?.some((d) => d.name.value === "node")) nodes.add(name);
    if (definition.interfaces?.length) implementsOf.set(name, definition.interfaces.map((i) => i.name.value));
    for (const field of definition.fields ?? []) {
      const edge = relationshipEdge(name, field);
      if (edge) raw.push(edge);
    }
  }
  const interfaces = new Map<string, string[]>();
  for (const node of [...nodes].sort()) {
    for (const iface of implementsOf.get(node) ?? []) interfaces.set(iface, [...(interfaces.get(iface) ?? []), node]);
  }
  // A type drawn under Body need not be drawn under Entity too: Body implements Entity.
  const implementedDirectly = new Map<string, string[]>();
  for (const [iface, members] of interfaces) {
    for (const member of members) {
      const viaOther = (implementsOf.get(member) ?? []).some((other) => other !== iface && (interfaceParents.get(other) ?? []).includes(iface));
      if (!viaOther) implementedDirectly.set(iface, [...(implementedDirectly.get(iface) ?? []), member]);
    }
  }
  for (const [child, parents] of interfaceParents) {
    for (const parent of parents) implementedDirectly.set(parent, [...(implementedDirectly.get(parent) ?? []), child]);
  }
  return {
    nodes: [...nodes].sort(),
    interfaces: new Map([...interfaces].sort(([a], [b]) => compare(a, b))),
    implementations: new Map([...implementedDirectly].sort(([a], [b]) => compare(a, b))),
    edges: collapse(raw, interfaces),
  };
}

function sdlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) return sdlFiles(full);
      return entry.name.endsWith(".graphql") ? [full] : [];
    })
    .sort();
}

function relationshipEdge(owner: string, field: FieldDefinitionNode): Edge | undefined {
  const directive = field.directives?.find((d) => d.name.value === "relationship");
  if (!directive) return undefined;
  const type = stringArgument(directive, "type");
  const direction = enumArgument(directive, "direction");
  const target = namedType(field.type);
  if (!type || !direction) return undefined;
  return direction === "OUT" ? { from: owner, type, to: target } : { from: target, type, to: owner };
}

function stringArgument(directive: ConstDirectiveNode, name: string): string | undefined {
  const value = directive.arguments?.find((a) => a.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}

function enumArgument(directive: ConstDirectiveNode, name: string): string | undefined {
  const value = directive.arguments?.find((a) => a.name.value === name)?.value;
  return value?.kind === Kind.ENUM ? value.value : undefined;
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/**
 * Fewer, truer arrows: an edge is dropped where a broader one (an interface at either end)
 * already says it, and edges from or to every type of an interface become one edge of the
 * interface. Fields declared both ways (sent / sentBy) give the same edge once.
 */
function collapse(raw: readonly Edge[], interfaces: ReadonlyMap<string, readonly string[]>): Edge[] {
  const key = (e: Edge) => `${e.from}|${e.type}|${e.to}`;
  const edges = new Map(raw.map((e) => [key(e), e]));
  for (const [iface, members] of interfaces) {
    for (const side of ["from", "to"] as const) {
      const groups = new Map<string, Edge[]>();
      for (const e of edges.values()) {
        if (!members.includes(e[side])) continue;
        const other = side === "from" ? `${e.type}|${e.to}` : `${e.from}|${e.type}`;
        groups.set(other, [...(groups.get(other) ?? []), e]);
      }
      for (const group of groups.values()) {
        if (members.every((m) => group.some((e) => e[side] === m))) {
          const merged = { ...group[0]!, [side]: iface };
          edges.set(key(merged), merged);
        }
      }
    }
  }
  const covers = (broad: string, narrow: string) => broad === narrow || (interfaces.get(broad)?.includes(narrow) ?? false);
  return [...edges.values()]
    .filter((e) => ![...edges.values()].some((b) => b !== e && b.type === e.type && covers(b.from, e.from) && covers(b.to, e.to)))
    .sort((a, b) => compare(key(a), key(b)));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Mermaid flowchart source: node types as boxes, interfaces as rounded boxes, relationships as labelled arrows. */
export function modelMermaid(model: Model): string {
  const lines = [
    "%% The graph model, generated from schema/*.graphql by scripts/draw-model.ts (npm run draw-model). Do not edit.",
    "flowchart LR",
  ];
  for (const iface of model.interfaces.keys()) lines.push(`  ${iface}(["«interface» ${iface}"])`);
  for (const node of model.nodes) lines.push(`  ${node}["${node}"]`);
  for (const [iface, members] of model.implementations) for (const member of members) lines.push(`  ${member} -.-> ${iface}`);
  for (const edge of model.edges) lines.push(`  ${edge.from} -->|${edge.type}| ${edge.to}`);
  lines.push("  classDef iface fill:#f4f4f4,stroke:#999,color:#333", `  class ${[...model.interfaces.keys()].join(",")} iface`);
  return `${lines.join("\n")}\n`;
}

/**
 * Rows, so arrows read top to bottom: the types under a sub-interface (the bodies) on top, that
 * interface below them with the most connected plain type (the liaison statement) to its left
 * and types outside every interface (study periods) to its right, the root interface, then the
 * remaining types. New types land in their row without editing this. Alternate nodes of a row sit a
 * little lower, so that labels of edges between rows do not line up on one another.
 */
function layout(model: Model): Record<string, { x: number; y: number }> {
  const positions: Record<string, { x: number; y: number }> = {};
  const width = 1600;
  const row = (ids: readonly string[], y: number, shift: number) =>
    ids.forEach((id, index) => (positions[id] = { x: 100 + shift + ((index + 0.5) * width) / ids.length, y: y + (index % 2) * 60 }));
  const children = new Set([...model.implementations.values()].flat());
  const subInterfaces = [...model.interfaces.keys()].filter((i) => children.has(i));
  const roots = [...model.interfaces.keys()].filter((i) => !children.has(i));
  const inSub = new Set(subInterfaces.flatMap((i) => model.interfaces.get(i) ?? []));
  const inAny = new Set([...model.interfaces.values()].flat());
  const degree = (id: string) => model.edges.filter((e) => e.from === id || e.to === id).length;
  const plain = model.nodes.filter((n) => !inSub.has(n) && inAny.has(n)).sort((a, b) => degree(b) - degree(a) || compare(a, b));
  const [hub, ...rest] = plain;
  row(model.nodes.filter((n) => inSub.has(n)), 60, 0);
  row([...(hub ? [hub] : []), ...subInterfaces, ...model.nodes.filter((n) => !inAny.has(n))], 400, 23);
  row(roots, 700, 71);
  row(rest, 960, -37);
  return positions;
}

/** The model drawn by cytoscape in headless Chromium, as a PNG. */
async function renderPng(model: Model): Promise<Buffer> {
  const { chromium } = await import("playwright-core");
  const cytoscape = readFileSync(path.join(ROOT, "node_modules", "cytoscape", "dist", "cytoscape.min.js"), "utf8");
  const elements = [
    // Sizes from the label: cytoscape's own "label" sizing draws nothing with preset positions.
    ...[...model.interfaces.keys()].map((id) => ({ data: { id, label: `«interface»\n${id}`, kind: "interface", width: 120, height: 56 } })),
    ...model.nodes.map((id) => ({ data: { id, label: id, kind: "node", width: 24 + 9.5 * id.length, height: 38 } })),
    ...[...model.implementations].flatMap(([iface, members]) => members.map((m) => ({ data: { id: `${m}~${iface}`, source: m, target: iface, label: "", kind: "implements" } }))),
    ...model.edges.map((e) => ({ data: { id: `${e.from}-${e.type}-${e.to}`, source: e.from, target: e.to, label: e.type, kind: "relationship" } })),
  ];
  const html = `<!doctype html><html><body style="margin:0;background:#fff">
<div id="cy" style="width:1800px;height:1100px"></div>
<script>${cytoscape}</script>
<script>
  const cy = cytoscape({
    container: document.getElementById("cy"),
    elements: ${JSON.stringify(elements)},
    style: [
      { selector: "node", style: { shape: "round-rectangle", width: "data(width)", height: "data(height)", "background-color": "#0072B2", color: "#fff", label: "data(label)", "text-valign": "center", "text-halign": "center", "font-size": 16, "font-family": "sans-serif", "text-wrap": "wrap" } },
      { selector: "node[kind = 'interface']", style: { "background-color": "#eeeeee", color: "#333", "border-width": 2, "border-color": "#999", "border-style": "dashed" } },
      { selector: "edge", style: { width: 1.5, "curve-style": "bezier", "target-arrow-shape": "triangle", "line-color": "#888", "target-arrow-color": "#888", label: "data(label)", "font-size": 11, "font-family": "sans-serif", "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": "2px" } },
      { selector: "edge[kind = 'implements']", style: { "line-style": "dashed", "line-color": "#bbb", "target-arrow-color": "#bbb", "target-arrow-shape": "triangle-backcurve" } },
      { selector: "edge:loop", style: { "loop-direction": "0deg", "loop-sweep": "-50deg", "control-point-step-size": 70 } },
    ],
    layout: { name: "preset", positions: ${JSON.stringify(layout(model))}, padding: 40 },
  });
  cy.fit(undefined, 40);
  // Cytoscape paints on animation frames: wait for a few after the fit.
  let frames = 0;
  const tick = () => (++frames < 10 ? requestAnimationFrame(tick) : (window.drawn = true));
  requestAnimationFrame(tick);
</script></body></html>`;
  const folder = mkdtempSync(path.join(os.tmpdir(), "draw-model-"));
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1800, height: 1100 } });
    const file = path.join(folder, "model.html");
    writeFileSync(file, html);
    page.on("pageerror", (error) => process.stderr.write(`draw-model: ${error.message}\n`));
    await page.goto(`file://${file}`);
    await page.waitForFunction(() => (window as unknown as { drawn?: boolean }).drawn === true);
    return await page.screenshot({ type: "png" });
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const model = readModel();
  writeFileSync(MERMAID_FILE, modelMermaid(model));
  mkdirSync(path.dirname(PNG_FILE), { recursive: true });
  writeFileSync(PNG_FILE, await renderPng(model));
  process.stdout.write(
    `${path.relative(ROOT, MERMAID_FILE)} and ${path.relative(ROOT, PNG_FILE)}: ${model.nodes.length} node types, ${model.edges.length} relationships\n`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
