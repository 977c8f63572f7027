// What is stored for a standing relation a curator writes, found from its subject (actor or place),
// expanding only the standing relation types (not a hub's interactions and projection relationships).
// $id: the relation's id; $subject: its subject's id. Returns one row: exists, hash, dataset.
OPTIONAL MATCH (actor:Actor {id: $subject})
OPTIONAL MATCH (place:Place {id: $subject})
WITH coalesce(actor, place) AS subject
OPTIONAL CALL (subject) {
  MATCH (subject)-[r:
// @include relation-types
  ]->()
  WHERE r.id = $id
  RETURN r
  LIMIT 1
}
RETURN r IS NOT NULL AS exists, r.contentHash AS hash, r.dataset AS dataset
