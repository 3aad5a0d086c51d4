// The summaries the analytics read (cypher/load/summaries-add.cypher): one node per key, found by
// it on every write; read by body, by topic, or by study period. A graph written before these
// kinds existed gets them from `standards-graph summaries rebuild`.
CREATE CONSTRAINT body_topic_total_key IF NOT EXISTS FOR (s:BodyTopicTotal) REQUIRE s.key IS UNIQUE;
CREATE CONSTRAINT topic_period_key IF NOT EXISTS FOR (p:TopicPeriod) REQUIRE p.key IS UNIQUE;
CREATE CONSTRAINT body_period_key IF NOT EXISTS FOR (p:BodyPeriod) REQUIRE p.key IS UNIQUE;
CREATE INDEX body_topic_total_topic IF NOT EXISTS FOR (s:BodyTopicTotal) ON (s.topic, s.scope);
CREATE INDEX body_topic_total_body IF NOT EXISTS FOR (s:BodyTopicTotal) ON (s.body);
CREATE INDEX body_topic_body_topic IF NOT EXISTS FOR (s:BodyTopic) ON (s.body, s.topic);
CREATE INDEX topic_period_topic IF NOT EXISTS FOR (p:TopicPeriod) ON (p.topic, p.scope);
CREATE INDEX body_period_body IF NOT EXISTS FOR (p:BodyPeriod) ON (p.body);
CREATE INDEX body_flow_study_period IF NOT EXISTS FOR (f:BodyFlow) ON (f.studyPeriod);
