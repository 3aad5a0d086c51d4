// Whether a node is a Recommendation (a Recommendation watch rule's target).
// Parameters: $id  canonical id, e.g. "ITU-T X.509"
MATCH (n:Recommendation {id: $id})
RETURN count(n) > 0 AS found
