import { gql } from "./graphql.js";

const QUERY = `query DashboardTopics { topics(limit: 500) { id name } }`;

let topics;

/** Every topic of the taxonomy, asked for once: the topic selector and profiles both name topics. */
export function loadTopics() {
  // Sorted here: the database orders "AI for health" before "artificial intelligence".
  topics ??= gql(QUERY).then(
    (data) => [...data.topics].sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" })),
    (error) => {
      topics = undefined;
      throw error;
    },
  );
  return topics;
}

/** A topic's name from the taxonomy, or a readable form of its id while the taxonomy is unknown. */
export function topicName(id, known) {
  return known?.get(id) ?? id.replace(/^topic:/, "").replaceAll("-", " ");
}
