// Content hashes of standing relations already stored, found from their subject (only the standing relation types
// are expanded: a hub's interaction and projection relationships are not read).
// $rows: [{id, subject}]. Returns: id, hash (null when absent).
UNWIND $rows AS row
OPTIONAL MATCH (actor:Actor {id: row.subject})
OPTIONAL MATCH (place:Place {id: row.subject})
WITH row, coalesce(actor, place) AS subject
OPTIONAL CALL (row, subject) {
  MATCH (subject)-[r:
// @include relation-types
  ]->()
  WHERE r.id = row.id
  RETURN r.contentHash AS hash
  LIMIT 1
}
RETURN row.id AS id, hash
