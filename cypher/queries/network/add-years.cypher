// Network: adds measures to existing INTERACTED_YEAR relationships (network/pair-projection found them).
// $rows: as add-totals, with start and end ('YYYY'). (One file per type: a typed MERGE expands only that type
// between the two endpoints.)
UNWIND $rows AS row
// @include network-endpoints
MERGE (a)-[r:INTERACTED_YEAR {mode: row.mode, kind: row.kind, dataset: row.dataset, start: row.start, end: row.end}]->(b)
// @include network-add-measures
