// Each body's liaison traffic (cypher/load/summaries-add.cypher, BodyTraffic), and the flows
// between two given bodies found by both ends at once: liaisonFlows picks the busiest bodies from
// the first and reads only the flows among them.
CREATE CONSTRAINT body_traffic_key IF NOT EXISTS FOR (t:BodyTraffic) REQUIRE t.key IS UNIQUE;
CREATE INDEX body_flow_from_to IF NOT EXISTS FOR (f:BodyFlow) ON (f.from, f.to);
