// Before a document is (re)written: remove every relation it supported, so a changed document
// replaces its relations instead of adding to them. Relations of the document node itself go with
// the first subquery; relations it only evidences (SG17 PROPOSES ...) are found by sourceDocument
// through the relationship indexes of cypher/migrations/002-indexes.cypher.
// Parameters: $id  the liaison statement id
CALL { MATCH (:LiaisonStatement {id: $id})-[r]->() DELETE r }
CALL { MATCH ()-[r:PROPOSES {sourceDocument: $id}]->() DELETE r }
CALL { MATCH ()-[r:CONSIDERS {sourceDocument: $id}]->() DELETE r }
CALL { MATCH ()-[r:UNDER_AUSPICES_OF {sourceDocument: $id}]->() DELETE r }
CALL { MATCH ()-[r:ORGANIZED {sourceDocument: $id}]->() DELETE r }
CALL { MATCH ()-[r:PUBLISHED {sourceDocument: $id}]->() DELETE r }
CALL { MATCH ()-[r:STUDIES {sourceDocument: $id}]->() DELETE r }
CALL { MATCH ()-[r:PART_OF {sourceDocument: $id}]->() DELETE r }
CALL { MATCH ()-[r:ESTABLISHED {sourceDocument: $id}]->() DELETE r }
CALL { MATCH ()-[r:RESPONSIBLE_FOR {sourceDocument: $id}]->() DELETE r }
CALL { MATCH ()-[r:COLLABORATES_WITH {sourceDocument: $id}]->() DELETE r }
