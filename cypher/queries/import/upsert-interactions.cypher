// Creates or updates coded interactions with their actors, place and evidence.
// $rows: [{id, label, props, initiators, targets, place, evidence: [{source, props}]}];
// $kindLabels: every interaction kind label, removed before the row's own is set.
// An updated event's actors and place are drawn again; evidence is merged, so mentions added
// by a Mentions import stay. Returns: written (rows written).
UNWIND $rows AS row
MERGE (i:Interaction {id: row.id})
SET i += row.props, i.dateStart = date(row.props.dateStart), i.dateEnd = date(row.props.dateEnd)
REMOVE i:$($kindLabels)
SET i:$(row.label)
WITH i, row
CALL (i) {
  OPTIONAL MATCH (i)-[out:DIRECTED_AT|OCCURRED_IN]->()
  DELETE out
}
CALL (i) {
  OPTIONAL MATCH ()-[in:INITIATED]->(i)
  DELETE in
}
CALL (i, row) {
  UNWIND row.initiators AS id
  MATCH (a:Actor {id: id})
  MERGE (a)-[:INITIATED]->(i)
}
CALL (i, row) {
  UNWIND row.targets AS id
  MATCH (a:Actor {id: id})
  MERGE (i)-[:DIRECTED_AT]->(a)
}
CALL (i, row) {
  UNWIND CASE WHEN row.place IS NULL THEN [] ELSE [row.place] END AS id
  MATCH (p:Place {id: id})
  MERGE (i)-[:OCCURRED_IN]->(p)
}
CALL (i, row) {
  UNWIND row.evidence AS evidence
  MATCH (s:Source {id: evidence.source})
  MERGE (i)-[r:REPORTED_IN]->(s)
  SET r += evidence.props
}
RETURN count(i) AS written
