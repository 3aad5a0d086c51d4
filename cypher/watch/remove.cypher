// Removes the watch rule with this id or name.
// Parameters: $key  a rule's id or name
MATCH (w:Watch)
WHERE w.id = $key OR w.name = $key
WITH w, w.id AS id, w.name AS name
DELETE w
RETURN id, name
