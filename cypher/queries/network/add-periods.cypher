// Network: adds measures to the per-period relationships, creating the missing ones.
// $type: INTERACTED_YEAR or INTERACTED_MONTH (NetworkLevel); $rows: as add-totals, with start and end
// ('YYYY' or 'YYYY-MM'), one per relationship identity. Rows whose endpoints are not stored are skipped.
UNWIND $rows AS row
// @include network-endpoints
MERGE (a)-[r:$($type) {mode: row.mode, kind: row.kind, dataset: row.dataset, start: row.start, end: row.end}]->(b)
// @include network-add-measures
