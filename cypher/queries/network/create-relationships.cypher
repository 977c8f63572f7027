// Network: creates projection relationships that network/pair-projection did not find.
// $rows: [{level (a NetworkLevel: INTERACTED, INTERACTED_YEAR or INTERACTED_MONTH), source, target, props: {mode,
// kind, dataset, start, end (not on INTERACTED), count, quad1..quad4, goldsteinSum, goldsteinCount, firstKey,
// lastKey, first, last}}]. Rows whose endpoints are not stored are skipped.
UNWIND $rows AS row
// @include network-endpoints
CREATE (a)-[r:$(row.level)]->(b)
SET r = row.props
