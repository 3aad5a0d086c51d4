import { el, entityLink } from "./dom.js";
import { shortName, typeLabel } from "./node-types.js";
import { expandable } from "./profile-lists.js";
import { topicName } from "./topics.js";

/** The details of a body: topics with how it is linked to them, its groups, documents and proposals. */
export function bodyDetails(profile, topicNames) {
  const topics = groupBy(profile.topics, (t) => t.topic);
  return [
    meta(profile.body),
    block(
      "Topics",
      topics.size,
      chips(
        [...topics.keys()].map((id) => entityLink({ id, name: topicName(id, topicNames) })),
        [...topics.values()].map((evidence) => how(profile.body, evidence)),
      ),
    ),
    block("Questions", profile.questions.length, chips(profile.questions.map((q) => entityLink(q, q.id)))),
    block("Focus groups", profile.focusGroups.length, chips(profile.focusGroups.map((f) => entityLink(f, f.id)))),
    block(
      "Proposals",
      profile.proposals.length,
      el(
        "ul",
        {},
        profile.proposals.map((p) =>
          el(
            "li",
            {},
            entityLink(p.by, shortName(p.by)),
            " proposes ",
            entityLink(p.target, p.target.name),
            p.document ? [" in ", entityLink({ id: p.document, name: p.document })] : null,
            p.evidence ? el("blockquote", {}, p.evidence) : null,
          ),
        ),
      ),
    ),
    block("Liaison statements sent", profile.sent.length, documents(profile.sent)),
    block("Liaison statements received", profile.received.length, documents(profile.received)),
    block("What its documents refer to", profile.references.length, chips(profile.references.map((r) => entityLink(r, shortName(r))))),
  ].filter(Boolean);
}

/** The details of a topic: who works on it, how, and when. */
export function topicDetails(activity) {
  const narrower = activity.topics.filter((t) => t.id !== activity.topic.id);
  const timeline = [...activity.timeline].sort((a, b) => a.period.localeCompare(b.period));
  return [
    meta({ ...activity.topic, type: "Topic" }),
    narrower.length > 0 ? el("p", {}, "Counted with its narrower topics: ", joinLinks(narrower)) : null,
    block(
      "Bodies working on it",
      activity.bodies.length,
      el(
        "table",
        {},
        el("thead", {}, el("tr", {}, el("th", {}, "Body"), el("th", { class: "num" }, "Documents"), el("th", {}, "First"), el("th", {}, "Last"), el("th", {}, "How"))),
        el(
          "tbody",
          {},
          activity.bodies.map((b) =>
            el(
              "tr",
              {},
              el("td", {}, entityLink(b.body, shortName(b.body))),
              el("td", { class: "num" }, String(b.documentCount)),
              el("td", {}, b.firstSeen ?? "–"),
              el("td", {}, b.lastSeen ?? "–"),
              el("td", {}, how(b.body, b.evidence)),
            ),
          ),
        ),
      ),
    ),
    block("Documents per year", timeline.length, el("p", {}, timeline.map((p) => `${p.period}: ${p.count}`).join(" · "))),
  ].filter(Boolean);
}

/** For anything else (documents, resolutions, Recommendations...): what it is; the graph shows the rest. */
export function entityDetails(ref) {
  return [meta(ref), el("p", {}, "Its relations are drawn in the neighbourhood graph and listed below it.")];
}

function meta(ref) {
  return el("p", { class: "meta" }, `${typeLabel(ref.type)} · ${ref.id}`);
}

function block(title, count, content) {
  if (count === 0) return null;
  return el("div", {}, el("h4", {}, `${title} (${count})`), content);
}

function chips(links, titles = []) {
  return expandable(
    links.map((link, i) => el("li", { title: titles[i] }, link)),
    { className: "chips", shown: 24 },
  );
}

function documents(refs) {
  return expandable(refs.map((d) => el("li", {}, entityLink(d, d.id), d.name !== d.id ? ` ${d.name}` : "")));
}

/** How a body is linked to a topic, in words: "studies", "through Q14/17", "mentioned in 2 documents". */
function how(body, evidence) {
  const parts = [];
  if (evidence.some((e) => e.relation === "STUDIES" && e.via.id === body.id)) parts.push("studies");
  const through = [...new Set(evidence.filter((e) => e.relation === "STUDIES" && e.via.id !== body.id).map((e) => shortName(e.via)))];
  if (through.length > 0) parts.push(`through ${through.join(", ")}`);
  const documents = new Set(evidence.filter((e) => e.relation === "MENTIONS").map((e) => e.document ?? e.via.id)).size;
  if (documents > 0) parts.push(`mentioned in ${documents} document${documents === 1 ? "" : "s"}`);
  return parts.join("; ");
}

function joinLinks(refs) {
  return refs.flatMap((r, i) => (i === 0 ? [entityLink(r)] : [", ", entityLink(r)]));
}

function groupBy(items, key) {
  const groups = new Map();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
