// Creates or updates standing relations (LEADS, BORDERS…) between actors and places.
// $rows: [{id, type, subject, object, props}]; type comes from the RelationType enum.
// A relation whose endpoints changed is deleted and drawn again between the new ones.
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
