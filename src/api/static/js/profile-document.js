import { el, entityLink } from "./dom.js";
import { gql } from "./graphql.js";
import { shortName, typeLabel } from "./node-types.js";
import { expandable } from "./profile-lists.js";

// The generated API's view of one liaison statement: what it is, whom it addresses and how, and
// the statements it answers and that answer it. Relation sentences come from the neighbourhood.
// Three smaller queries rather than one: they run side by side, and each nested read of bodies
// and entities (interfaces, each type with its own access rule) stays cheap to plan and run.
const DOCUMENT_PARTS = [
  (extra) => `query DashboardDocument($id: ID!) {
  liaisonStatements(where: { id: { eq: $id } }) {
    id name title date studyPeriod url abstract text purpose format source aliases ${extra.join(" ")}
    repliesToConnection { edges { properties { evidence } node { id name title date studyPeriod } } }
    repliesConnection { edges { properties { evidence } node { id name title date studyPeriod } } }
  }
}`,
  () => `query DashboardDocumentAddressees($id: ID!) {
  liaisonStatements(where: { id: { eq: $id } }) {
    sentBy { __typename id name }
    sentToConnection { edges { properties { purpose evidence } node { __typename id name } } }
    copiedToConnection { edges { properties { evidence } node { __typename id name } } }
  }
}`,
  () => `query DashboardDocumentReferences($id: ID!) {
  liaisonStatements(where: { id: { eq: $id } }) {
    referencesConnection { edges { properties { evidence clause } node { __typename id name } } }
    mentionsConnection { edges { properties { evidence } node { __typename id name } } }
  }
}`,
];

const PURPOSES = { ACTION: "For action", COMMENT: "For comment", INFORMATION: "For information", RESPONSE: "In response", PROPOSAL: "Proposal" };

// Fields the page shows when the server's schema has them (a reply deadline is not in every version).
const OPTIONAL_FIELDS = ["deadline"];
let optionalFields;

/** Fetches a liaison statement, or undefined when there is none the reader may see. */
export async function loadDocument(id, signal) {
  optionalFields ??= gql(`{ __type(name: "LiaisonStatement") { fields { name } } }`).then(
    ({ __type }) => OPTIONAL_FIELDS.filter((name) => __type?.fields.some((f) => f.name === name)),
    (error) => {
      optionalFields = undefined;
      throw error;
    },
  );
  const extra = await optionalFields;
  const parts = await Promise.all(DOCUMENT_PARTS.map((part) => gql(part(extra), { id }, { signal })));
  const [first, ...rest] = parts.map(({ liaisonStatements }) => liaisonStatements[0]);
  return first && Object.assign({}, first, ...rest);
}

/**
 * A liaison statement's page: its header facts, what it addresses and answers, and its text with
 * the sentence behind each relation highlighted. `graph` is its neighbourhood, whose relations
 * carry the document and sentence they were read from.
 */
export function documentDetails(doc, graph) {
  const names = new Map(graph.nodes.map((n) => [n.id, n]));
  // What it says about others (X PROPOSES Y) first, then its own links (addressed to, refers to).
  const relations = dedupe(graph.relations.filter((r) => r.document === doc.id && r.evidence)).sort(
    (a, b) => Number(a.from === doc.id) - Number(b.from === doc.id) || a.type.localeCompare(b.type),
  );
  const ref = (id) => (id === doc.id ? { id, name: "this statement", type: "LiaisonStatement", self: true } : (names.get(id) ?? { id, name: id, type: "" }));
  const text = doc.text ?? "";
  const marks = placeEvidence(text, relations);

  const selected = el("p", { class: "evidence-selected", role: "status", "aria-live": "polite" });
  const relationRows = relations.map((r, i) => {
    const mark = marks.byRelation.get(i);
    const row = el(
      "li",
      { "data-relation": String(i), class: mark ? "has-sentence" : "" },
      relationPhrase(r, ref),
      mark
        ? el("button", { type: "button", class: "link-button", onclick: () => showSentence(mark.id), title: r.evidence }, "sentence ↓")
        : el("blockquote", {}, r.evidence),
    );
    return row;
  });

  function showSentence(markId) {
    const target = document.getElementById(markId);
    if (!target) return;
    target.scrollIntoView({ block: "center", behavior: "smooth" });
    target.focus({ preventScroll: true });
    select(target);
  }

  function select(mark) {
    for (const other of mark.closest(".document-text").querySelectorAll("mark.selected")) other.classList.remove("selected");
    mark.classList.add("selected");
    const indices = mark.dataset.relations.split(",").map(Number);
    selected.replaceChildren(...indices.flatMap((i, n) => [n > 0 ? "; " : "", relationPhrase(relations[i], ref)]));
    for (const row of relationRows) row.classList.toggle("selected", indices.includes(Number(row.dataset.relation)));
  }

  const body = renderText(text, marks.spans, relations, ref, select);
  const repliesTo = doc.repliesToConnection.edges.map((e) => e.node);
  const replies = doc.repliesConnection.edges.map((e) => e.node);
  const related = doc.referencesConnection.edges.map((e) => e.node).filter((n) => n.__typename === "LiaisonStatement");

  return [
    el("p", { class: "meta" }, `${typeLabel("LiaisonStatement")} · ${doc.id}`),
    el(
      "dl",
      { class: "document-facts" },
      fact("Title", doc.title ?? doc.name),
      fact("Date", dateText(doc)),
      fact("From", joinLinks(doc.sentBy.map(asRef))),
      recipients(doc.sentToConnection.edges),
      doc.copiedToConnection.edges.length > 0 ? fact("Copied to", joinLinks(doc.copiedToConnection.edges.map((e) => asRef(e.node)))) : null,
      doc.deadline ? fact("Deadline", doc.deadline) : null,
      doc.purpose ? fact("Purpose", (PURPOSES[doc.purpose] ?? doc.purpose).toLowerCase()) : null,
      fact("Original", original(doc)),
      repliesTo.length > 0 ? fact("In reply to", statementList(repliesTo)) : null,
      replies.length > 0 ? fact("Replies", statementList(replies)) : null,
      related.length > 0 ? fact("Related statements", statementList(related)) : null,
    ),
    doc.abstract ? el("div", {}, el("h4", {}, "Abstract"), el("p", { class: "abstract" }, doc.abstract)) : null,
    block(
      "What it refers to",
      doc.referencesConnection.edges.length,
      expandable(
        doc.referencesConnection.edges.map((e) =>
          el("li", {}, entityLink(asRef(e.node), shortName(asRef(e.node))), e.properties.clause ? ` (${e.properties.clause})` : ""),
        ),
        { className: "chips" },
      ),
    ),
    block(
      "Topics and bodies it names",
      doc.mentionsConnection.edges.length,
      expandable(doc.mentionsConnection.edges.map((e) => el("li", {}, entityLink(asRef(e.node), shortName(asRef(e.node))))), { className: "chips" }),
    ),
    block("Relations read from it", relations.length, expandable(relationRows, { className: "relations", shown: 12 })),
    text
      ? el(
          "div",
          {},
          el("h4", {}, "Text"),
          el("p", { class: "hint" }, "Highlighted sentences support a relation: hover or click one to see which, or use “sentence ↓” above."),
          selected,
          body,
        )
      : null,
  ].filter(Boolean);
}

/** "2018-09-13 (study period 2017-2020)", or said plainly when only the study period is known. */
function dateText(doc) {
  if (doc.date) return doc.studyPeriod ? `${doc.date} (study period ${doc.studyPeriod})` : doc.date;
  if (doc.studyPeriod) return `not given; dated by study period ${doc.studyPeriod}`;
  return "not given";
}

function recipients(edges) {
  if (edges.length === 0) return fact("To", "not given");
  const byPurpose = new Map();
  for (const edge of edges) {
    const purpose = edge.properties.purpose ?? "";
    byPurpose.set(purpose, [...(byPurpose.get(purpose) ?? []), asRef(edge.node)]);
  }
  return fact(
    "To",
    el(
      "ul",
      { class: "recipients" },
      // Action first, as the header of a liaison statement orders them.
      [...byPurpose].sort(([a], [b]) => purposeRank(a) - purposeRank(b)).map(([purpose, refs]) => el("li", {}, purpose ? el("span", { class: "purpose" }, `${PURPOSES[purpose] ?? purpose}: `) : "", joinLinks(refs))),
    ),
  );
}

function purposeRank(purpose) {
  const rank = Object.keys(PURPOSES).indexOf(purpose);
  return rank < 0 ? Object.keys(PURPOSES).length : rank;
}

function original(doc) {
  const parts = [];
  if (doc.url) parts.push(el("a", { href: doc.url, rel: "noopener noreferrer", target: "_blank" }, "the original document"), " · ");
  parts.push(`handle ${doc.id}`);
  if (doc.aliases?.length) parts.push(` · also known as ${doc.aliases.join(", ")}`);
  if (doc.source) parts.push(` · read from ${doc.source}`);
  return parts;
}

function statementList(nodes) {
  return el(
    "ul",
    { class: "statements" },
    nodes.map((n) =>
      el("li", {}, entityLink({ id: n.id, name: n.title ?? n.name }, n.id), n.title ? ` ${n.title}` : "", n.date ? ` (${n.date})` : n.studyPeriod ? ` (study period ${n.studyPeriod})` : ""),
    ),
  );
}

/** "ITU-T SG17 PROPOSES ITU-T FG DLT", each end a link. */
function relationPhrase(r, ref) {
  const from = ref(r.from);
  const to = ref(r.to);
  const end = (node) => (node.self ? node.name : entityLink(node, shortName(node)));
  return el("span", { class: "relation" }, end(from), " ", el("strong", {}, r.type), " ", end(to));
}

/** One relation per (from, type, to, sentence): the graph may return the same fact twice. */
function dedupe(relations) {
  const seen = new Set();
  return relations.filter((r) => {
    const key = [r.from, r.type, r.to, r.evidence].join("\u0000");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Where each relation's sentence is in the text: exact first, else with runs of whitespace taken
 * as equal (the sentence was stored with its line breaks joined). Overlapping sentences share the
 * first one's highlight; a sentence not in the text (a header line) gets none and is quoted instead.
 */
function placeEvidence(text, relations) {
  const spans = [];
  const byRelation = new Map();
  relations.forEach((r, i) => {
    const found = locate(text, r.evidence);
    if (!found) return;
    let span = spans.find((s) => s.start < found.end && found.start < s.end);
    if (!span) {
      span = { ...found, id: `evidence-${spans.length}`, relations: [] };
      spans.push(span);
    }
    span.relations.push(i);
    byRelation.set(i, span);
  });
  spans.sort((a, b) => a.start - b.start);
  return { spans, byRelation };
}

function locate(text, sentence) {
  const exact = text.indexOf(sentence);
  if (exact >= 0) return { start: exact, end: exact + sentence.length };
  const words = sentence.trim().split(/\s+/).map(escapeRegExp);
  if (words.length === 0 || words.join("").length === 0) return undefined;
  const match = new RegExp(words.join("\\s+")).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function renderText(text, spans, relations, ref, select) {
  const nodes = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    nodes.push(text.slice(at, span.start));
    const name = (node) => (node.self ? node.name : shortName(node));
    const label = span.relations.map((i) => `${name(ref(relations[i].from))} ${relations[i].type} ${name(ref(relations[i].to))}`).join("; ");
    const mark = el("mark", { id: span.id, class: "evidence", tabIndex: 0, title: label, "data-relations": span.relations.join(",") }, text.slice(span.start, span.end));
    mark.addEventListener("click", () => select(mark));
    mark.addEventListener("mouseenter", () => select(mark));
    mark.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        select(mark);
      }
    });
    nodes.push(mark);
    at = span.end;
  }
  nodes.push(text.slice(at));
  return el("div", { class: "document-text" }, nodes);
}

function fact(term, value) {
  return [el("dt", {}, term), el("dd", {}, value)];
}

function block(title, count, content) {
  if (count === 0) return null;
  return el("div", {}, el("h4", {}, `${title} (${count})`), content);
}

function asRef(node) {
  return { id: node.id, name: node.name, type: node.__typename };
}

function joinLinks(refs) {
  if (refs.length === 0) return "not given";
  return refs.flatMap((r, i) => (i === 0 ? [entityLink(r, shortName(r))] : [", ", entityLink(r, shortName(r))]));
}
