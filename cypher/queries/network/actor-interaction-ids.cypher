// Network: the interactions an actor takes part in (as initiator, target or mention), whose pairs a merge changes.
// $id: the actor. Returns: id (one row per interaction).
MATCH (a:Actor {id: $id})
CALL (a) {
  MATCH (a)-[:INITIATED]->(i:Interaction)
  RETURN i
  UNION
  MATCH (a)<-[:DIRECTED_AT|MENTIONS]-(i:Interaction)
  RETURN i
}
RETURN i.id AS id
