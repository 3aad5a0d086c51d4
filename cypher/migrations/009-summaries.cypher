// Loader-kept summaries (cypher/load/summaries-add.cypher): one node per key, found by it on every
// write, and read by body or topic by the analytics.
CREATE CONSTRAINT body_topic_key IF NOT EXISTS FOR (s:BodyTopic) REQUIRE s.key IS UNIQUE;
CREATE CONSTRAINT body_flow_key IF NOT EXISTS FOR (f:BodyFlow) REQUIRE f.key IS UNIQUE;
CREATE INDEX body_topic_topic IF NOT EXISTS FOR (s:BodyTopic) ON (s.topic);
CREATE INDEX body_topic_body IF NOT EXISTS FOR (s:BodyTopic) ON (s.body);
// The graph's version, bumped by every write (src/graph/graph-version.ts): the API's response cache key.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE;
