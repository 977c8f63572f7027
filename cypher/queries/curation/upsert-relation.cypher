// upsertRelation: creates or updates one standing relation (LEADS, BORDERS…) as the dataset loader writes it:
// a stored relation with the same id is deleted from the subject and drawn again.
// $row: {id, type, subject, object, props}; type comes from the RelationType enum.
// Returns: relation (map, as Actor.relations returns it).
OPTIONAL MATCH (subjectActor:Actor {id: $row.subject})
OPTIONAL MATCH (subjectPlace:Place {id: $row.subject})
OPTIONAL MATCH (objectActor:Actor {id: $row.object})
OPTIONAL MATCH (objectPlace:Place {id: $row.object})
WITH coalesce(subjectActor, subjectPlace) AS subject, coalesce(objectActor, objectPlace) AS object
CALL (subject) {
  OPTIONAL MATCH (subject)-[old]->()
  WHERE old.id = $row.id
  DELETE old
}
CREATE (subject)-[r:$($row.type)]->(object)
SET r = $row.props
RETURN
// @include relation-projection
AS relation
