// Network: adds measures to INTERACTED relationships (the totals), creating the missing ones.
// $rows: [{source, target, mode, kind, dataset, count, quad1..quad4, goldsteinSum, goldsteinCount, firstKey, lastKey}],
// one per relationship identity (aggregated in TypeScript). Rows whose endpoints are not stored are skipped.
UNWIND $rows AS row
// @include network-endpoints
MERGE (a)-[r:INTERACTED {mode: row.mode, kind: row.kind, dataset: row.dataset}]->(b)
// @include network-add-measures
