// Adds GDELT mentions as evidence: a REPORTED_IN edge from the event to a source per mention identifier.
// $rows: [{interaction, source: {id, props}, props: {quote, sourceName, url, sentenceId, confidence, …}}].
// Mentions of events not in the graph are skipped. Returns: linked (edges created), present (already there),
// interactions (the ids of the interactions whose evidence was written, for the change log).
UNWIND $rows AS row
MATCH (i:Interaction {id: row.interaction})
MERGE (s:Source {id: row.source.id})
ON CREATE SET s += row.source.props
WITH i, s, row, EXISTS { (i)-[:REPORTED_IN]->(s) } AS present
MERGE (i)-[r:REPORTED_IN]->(s)
SET r += row.props
RETURN sum(CASE WHEN present THEN 0 ELSE 1 END) AS linked, sum(CASE WHEN present THEN 1 ELSE 0 END) AS present,
  collect(DISTINCT i.id) AS interactions
