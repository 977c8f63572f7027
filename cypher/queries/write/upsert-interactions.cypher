// The one writer of an interaction's graph shape for updates (`cli load` of a changed record, recordInteraction,
// `cli import gdelt|icews`): creates or updates interactions with their participants, place and evidence.
// $rows: [{id, label, props, initiators, targetActors, targetPlaces, mentionActors, mentionPlaces, place,
//          evidence: [{source, props}]}] (`interactionUpsertRow` in libs/ingest builds them);
// $kindLabels: every interaction kind label, removed before the row's own is set;
// $keepEvidence: false — evidence is drawn again, one REPORTED_IN per item (`SET r = props`); true (coded imports)
//   — stored evidence stays and each item is merged into its source's REPORTED_IN (`SET r += props`), so evidence
//   a GDELT Mentions import added survives a re-import of the event.
// Participants and place are always drawn again, so none go stale. (A load's new rows take the CREATE path in
// load/create-interaction-nodes and load/link-*, which writes the same shape.)
UNWIND $rows AS row
MERGE (i:Interaction {id: row.id})
SET i += row.props, i.dateStart = date(row.props.dateStart), i.dateEnd = date(row.props.dateEnd)
REMOVE i:$($kindLabels)
SET i:$(row.label)
WITH i, row
CALL (i) {
  OPTIONAL MATCH (i)-[out:DIRECTED_AT|MENTIONS|OCCURRED_IN]->()
  DELETE out
}
CALL (i) {
  OPTIONAL MATCH (i)-[evidence:REPORTED_IN]->()
  WITH evidence WHERE NOT $keepEvidence
  DELETE evidence
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
  CALL (i, s, evidence) {
    WITH * WHERE NOT $keepEvidence
    CREATE (i)-[r:REPORTED_IN]->(s)
    SET r = evidence.props
  }
  CALL (i, s, evidence) {
    WITH * WHERE $keepEvidence
    MERGE (i)-[r:REPORTED_IN]->(s)
    SET r += evidence.props
  }
}
