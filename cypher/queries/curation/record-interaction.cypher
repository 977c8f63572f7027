// recordInteraction: creates or updates one interaction with its participants, place and evidence,
// in the graph shape the dataset loader writes (an updated interaction's links are drawn again).
// $row: {id, label, props, initiators, targetActors, targetPlaces, mentionActors, mentionPlaces, place,
//        evidence: [{source, quote}]}; $kindLabels: every interaction kind label.
// Returns: interaction (map, as interaction(id) returns it).
MERGE (i:Interaction {id: $row.id})
SET i += $row.props, i.dateStart = date($row.props.dateStart), i.dateEnd = date($row.props.dateEnd)
REMOVE i:$($kindLabels)
SET i:$($row.label)
WITH i
CALL (i) {
  OPTIONAL MATCH (i)-[out:DIRECTED_AT|MENTIONS|OCCURRED_IN|REPORTED_IN]->()
  DELETE out
}
CALL (i) {
  OPTIONAL MATCH ()-[in:INITIATED]->(i)
  DELETE in
}
CALL (i) {
  UNWIND $row.initiators AS id
  MATCH (a:Actor {id: id})
  CREATE (a)-[:INITIATED]->(i)
}
CALL (i) {
  UNWIND $row.targetActors + $row.targetPlaces AS id
  MATCH (t {id: id}) WHERE t:Actor OR t:Place
  CREATE (i)-[:DIRECTED_AT]->(t)
}
CALL (i) {
  UNWIND $row.mentionActors + $row.mentionPlaces AS id
  MATCH (m {id: id}) WHERE m:Actor OR m:Place
  CREATE (i)-[:MENTIONS]->(m)
}
CALL (i) {
  UNWIND CASE WHEN $row.place IS NULL THEN [] ELSE [$row.place] END AS id
  MATCH (p:Place {id: id})
  CREATE (i)-[:OCCURRED_IN]->(p)
}
CALL (i) {
  UNWIND $row.evidence AS evidence
  MATCH (s:Source {id: evidence.source})
  CREATE (i)-[:REPORTED_IN {quote: evidence.quote}]->(s)
}
RETURN
// @include interaction-projection
AS interaction
