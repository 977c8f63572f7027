// Network: adds measures to existing INTERACTED relationships (the totals; network/pair-projection found them).
// $rows: [{source, target, mode, kind, dataset, count, quad1..quad4, goldsteinSum, goldsteinCount, firstKey, lastKey}],
// one per relationship identity. MERGE, so a relationship missing after all is created.
UNWIND $rows AS row
// @include network-endpoints
MERGE (a)-[r:INTERACTED {mode: row.mode, kind: row.kind, dataset: row.dataset}]->(b)
// @include network-add-measures
