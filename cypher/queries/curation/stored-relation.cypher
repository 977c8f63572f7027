// A standing relation as stored, for a curation write that found it unchanged (only the standing
// relation types are expanded).
// $id: the relation's id; $subject: its subject's id (actor or place). Returns: relation (map) — no row when absent.
OPTIONAL MATCH (actor:Actor {id: $subject})
OPTIONAL MATCH (place:Place {id: $subject})
WITH coalesce(actor, place) AS subject
MATCH (subject)-[r:
// @include relation-types
]->(object)
WHERE r.id = $id
WITH r, subject, object
LIMIT 1
RETURN
// @include relation-projection
AS relation
