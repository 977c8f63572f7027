// Creates or updates interactions with their participants, place and evidence.
// $rows: [{id, label, props, initiators, targetActors, targetPlaces, mentionActors,
//          mentionPlaces, place, evidence: [{source, quote}]}];
// $kindLabels: every interaction kind label, removed before the right one is set.
// An updated interaction's links are dropped and drawn again, so none go stale.
UNWIND $rows AS row
MERGE (i:Interaction {id: row.id})
SET i += row.props, i.dateStart = date(row.props.dateStart), i.dateEnd = date(row.props.dateEnd)
REMOVE i:$($kindLabels)
SET i:$(row.label)
WITH i, row
CALL (i) {
  OPTIONAL MATCH (i)-[out:DIRECTED_AT|MENTIONS|OCCURRED_IN|REPORTED_IN]->()
  DELETE out
}
CALL (i) {
  OPTIONAL MATCH ()-[in:INITIATED]->(i)
  DELETE in
}
CALL (i, row) {
  UNWIND row.initiators AS id
  MATCH (a:Actor {id: id})
  CREATE (a)-[:INITIATED]->(i)
}
CALL (i, row) {
  UNWIND row.targetActors AS id
  MATCH (a:Actor {id: id})
  CREATE (i)-[:DIRECTED_AT]->(a)
}
CALL (i, row) {
  UNWIND row.targetPlaces AS id
  MATCH (p:Place {id: id})
  CREATE (i)-[:DIRECTED_AT]->(p)
}
CALL (i, row) {
  UNWIND row.mentionActors AS id
  MATCH (a:Actor {id: id})
  CREATE (i)-[:MENTIONS]->(a)
}
CALL (i, row) {
  UNWIND row.mentionPlaces AS id
  MATCH (p:Place {id: id})
  CREATE (i)-[:MENTIONS]->(p)
}
CALL (i, row) {
  UNWIND CASE WHEN row.place IS NULL THEN [] ELSE [row.place] END AS id
  MATCH (p:Place {id: id})
  CREATE (i)-[:OCCURRED_IN]->(p)
}
CALL (i, row) {
  UNWIND row.evidence AS evidence
  MATCH (s:Source {id: evidence.source})
  CREATE (i)-[:REPORTED_IN {quote: evidence.quote}]->(s)
}
