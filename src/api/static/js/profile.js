import { gql } from "./graphql.js";
import { clearNeighbourhood, drawNeighbourhood, NEIGHBOURHOOD_QUERY as NEIGHBOURHOOD } from "./neighbourhood.js";
import { BODY_TYPES } from "./node-types.js";
import { isAbort, latestOnly, setState, showError } from "./panel.js";
import { documentDetails, loadDocument } from "./profile-document.js";
import { bodyDetails, entityDetails, topicDetails } from "./profile-views.js";
import { loadTopics } from "./topics.js";

const BODY = `query DashboardBodyProfile($id: ID!) {
  bodyProfile(id: $id) {
    body { id name type }
    topics { topic via { id name type } relation document }
    questions { id name type }
    focusGroups { id name type }
    sent { id name type }
    received { id name type }
    proposals { by { id name type } target { id name type } document evidence }
    references { id name type }
  }
}`;

const TOPIC = `query DashboardTopicProfile($id: ID!) {
  topicActivity(topic: $id) {
    topic { id name }
    topics { id name }
    bodies { body { id name type } documentCount firstSeen lastSeen evidence { via { id name type } relation document } }
    timeline { period count }
  }
}`;

const NEIGHBOURS = 40;
const PAGE_TITLE = document.title;

/** The profile panel: what one entity is, what it is linked to, and its neighbourhood as a graph. */
export function createProfile(section, { open: navigate }) {
  const title = section.querySelector("#profile-title");
  const body = section.querySelector("#profile-body");
  const details = section.querySelector("#profile-details");
  const graphBox = section.querySelector("#neighbourhood");
  const caption = section.querySelector("#neighbourhood-caption");
  const closeLink = section.querySelector("#profile-close");
  const next = latestOnly();
  let current;

  async function open(id, { focus = false } = {}) {
    const signal = next();
    current = id;
    closeLink.hidden = false;
    setState(section, "loading", `Loading ${id}…`);
    // Both start at once; the neighbourhood's first node says which profile applies.
    const guess = id.startsWith("topic:") ? "Topic" : "Body";
    const neighbourhood = gql(NEIGHBOURHOOD, { id, limit: NEIGHBOURS }, { signal });
    const guessed = profileOf(guess, id, signal);
    // A wrong guess is never awaited; its failure must not surface as an unhandled rejection.
    guessed.catch(() => {});
    try {
      const graph = (await neighbourhood).neighbourhood;
      if (!graph || graph.nodes.length === 0) {
        body.hidden = true;
        title.textContent = "Profile";
        clearNeighbourhood(graphBox, caption);
        setState(section, "empty", `Nothing in the graph has the id “${id}”.`);
        return;
      }
      const centre = graph.nodes[0];
      const kind = BODY_TYPES.has(centre.type) ? "Body" : centre.type === "Topic" || centre.type === "LiaisonStatement" ? centre.type : "Other";
      const content = kind === guess ? await guessed : await profileOf(kind, id, signal);
      if (signal.aborted) return;
      title.textContent = centre.name;
      document.title = `${centre.name} · ${PAGE_TITLE}`;
      details.replaceChildren(...content(centre, graph));
      body.classList.toggle("document", kind === "LiaisonStatement");
      body.hidden = false;
      await drawNeighbourhood(graphBox, caption, graph, { open: navigate });
      if (signal.aborted) return;
      setState(section, "ready");
      if (focus) {
        title.focus({ preventScroll: true });
        section.scrollIntoView({ block: "start" });
      }
    } catch (error) {
      if (isAbort(error)) return;
      body.hidden = true;
      // An id the API knows nothing about (or that the reader may not see) is refused as bad input.
      if (error?.code === "BAD_USER_INPUT" && signal.aborted === false) {
        title.textContent = "Profile";
        clearNeighbourhood(graphBox, caption);
        setState(section, "empty", `Nothing in the graph has the id “${id}”.`);
        return;
      }
      showError(section, error);
    }
  }

  function close() {
    next();
    current = undefined;
    closeLink.hidden = true;
    body.hidden = true;
    title.textContent = "Profile";
    document.title = PAGE_TITLE;
    clearNeighbourhood(graphBox, caption);
    setState(section, "idle", "Search for a body or a topic, or click a cell of a chart, to see its profile and neighbourhood.");
  }

  return { open, close, reload: () => current !== undefined && open(current) };
}

/** Fetches what a kind of entity's profile shows; resolves to a function that renders it. */
async function profileOf(kind, id, signal) {
  if (kind === "Body") {
    const [{ bodyProfile }, topicNames] = await Promise.all([gql(BODY, { id }, { signal }), topicNameMap()]);
    return (centre) => (bodyProfile ? bodyDetails(bodyProfile, topicNames) : entityDetails(centre));
  }
  if (kind === "Topic") {
    const { topicActivity } = await gql(TOPIC, { id }, { signal });
    return (centre) => (topicActivity ? topicDetails(topicActivity) : entityDetails(centre));
  }
  if (kind === "LiaisonStatement") {
    // The document page lists every relation read from the document, so it asks for more neighbours.
    const [doc, { neighbourhood }] = await Promise.all([loadDocument(id, signal), gql(NEIGHBOURHOOD, { id, limit: 200 }, { signal })]);
    return (centre) => (doc && neighbourhood ? documentDetails(doc, neighbourhood) : entityDetails(centre));
  }
  return entityDetails;
}

async function topicNameMap() {
  try {
    return new Map((await loadTopics()).map((t) => [t.id, t.name]));
  } catch {
    return undefined;
  }
}
