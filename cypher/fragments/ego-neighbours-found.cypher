// Fragment: the end of an egoNetwork widening statement (ego-network/neighbours/*), after each frontier node `f`
// (id `fid`) with `viaInteractions` (the ids it is linked to by matching interactions) and `sampleCapped` (whether
// those were read from a cut sample): adds the actors and places linked to `f` by a standing relation valid in the
// date window, at most $fanout of them. $relationTypes: RelationType values; $where.from/$where.to bound the
// relations. Returns one row per frontier node: id, neighbours (ids, sorted), capped (boolean: the interactions'
// sample or the relations were cut), sampleCapped (the interactions' sample was).
CALL (f) {
  MATCH (f)-[r:
// @include relation-types
  ]-(n)
  WHERE type(r) IN $relationTypes AND (n:Actor OR n:Place)
    AND
// @include relation-window
  WITH n LIMIT $fanout + 1
  RETURN collect(DISTINCT n.id) AS viaRelations
}
WITH fid, sampleCapped, sampleCapped OR size(viaRelations) > $fanout AS capped,
  viaInteractions + viaRelations[..$fanout] AS found
RETURN fid AS id, capped, sampleCapped, COLLECT { UNWIND found AS n WITH DISTINCT n WHERE n <> fid RETURN n ORDER BY n } AS neighbours
