// The one writer of a standing relation's graph shape (`cli load`, upsertRelation): creates or updates relations
// (LEADS, BORDERS…) between actors and places. A relation with the same id is deleted from the subject and drawn
// again between the given endpoints, so one whose endpoints changed moves.
// $rows: [{id, type, subject, object, props}]; type comes from the RelationType enum.
UNWIND $rows AS row
OPTIONAL MATCH (subjectActor:Actor {id: row.subject})
OPTIONAL MATCH (subjectPlace:Place {id: row.subject})
OPTIONAL MATCH (objectActor:Actor {id: row.object})
OPTIONAL MATCH (objectPlace:Place {id: row.object})
WITH row, coalesce(subjectActor, subjectPlace) AS subject, coalesce(objectActor, objectPlace) AS object
CALL (row, subject) {
  OPTIONAL MATCH (subject)-[old]->()
  WHERE old.id = row.id
  DELETE old
}
CREATE (subject)-[r:$(row.type)]->(object)
SET r = row.props
