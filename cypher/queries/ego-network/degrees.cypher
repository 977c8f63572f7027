// egoNetwork, ranking when more nodes are reached than `limit` allows: how many interactions each node takes part
// in (as initiator, target or mention), whatever the filter: these relationships only ever reach an interaction, so
// Neo4j counts them from the node's degree, without reading them. $ids: node ids. Returns id, degree.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Actor {id: id})
  RETURN n
  UNION
  MATCH (n:Place {id: id})
  RETURN n
}
RETURN id, COUNT { (n)-[:INITIATED|DIRECTED_AT|MENTIONS]-() } AS degree
