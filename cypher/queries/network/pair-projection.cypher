// Network: the projection relationships stored between the given pairs (source → target), by identity and element
// id, so a write adds to those that exist (network/add-measures, by id) and CREATEs the others (a MERGE per
// relationship is several times slower than a read and a CREATE). Callers hold the network version's lock
// (network/bump-version), so no other writer creates or deletes one in between.
// $pairs: [{source, target}]. Returns: rid (the element id), level (type), source, target, mode, kind, dataset,
// start, end.
UNWIND $pairs AS row
// @include network-endpoints
MATCH (a)-[r:INTERACTED|INTERACTED_YEAR|INTERACTED_MONTH]->(b)
RETURN elementId(r) AS rid, type(r) AS level, row.source AS source, row.target AS target, r.mode AS mode,
  r.kind AS kind, r.dataset AS dataset, r.start AS start, r.end AS end
