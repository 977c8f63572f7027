// egoNetwork, one hop of the widening, when the projection cannot answer the filter (the planner's SCAN): the
// actors and places linked to each frontier node by a matching interaction under the network pair rule
// (fragments/interaction-pairs: directed, co-participation, mentions as $links asks), or by a standing relation
// valid in the date window. A hub costs a sample: at most $fanout interactions and $fanout relations per frontier
// node (`capped` says the sample was cut).
// $frontier: node ids; $where: fragments/interaction-where ($where.from/$where.to also bound the relations);
// $links: {modes}; $relationTypes: RelationType values; $fanout: the most interactions (and relations) per node.
// Returns one row per frontier node found: id, neighbours (ids, sorted), capped (boolean), sampleCapped (the
// interactions' sample was cut).
UNWIND $frontier AS fid
CALL (fid) {
  MATCH (f:Actor {id: fid})
  RETURN f
  UNION
  MATCH (f:Place {id: fid})
  RETURN f
}
WITH fid, f, COLLECT {
  MATCH (f)-[:INITIATED|DIRECTED_AT|MENTIONS]-(i:Interaction)
  WHERE
// @include interaction-where
  RETURN i LIMIT $fanout + 1
} AS sample
CALL (f, sample) {
  UNWIND sample[..$fanout] AS i
  CALL (i) {
// @include interaction-pairs
  }
  WITH s, t
  WHERE s = f OR t = f
  RETURN collect(DISTINCT CASE WHEN s = f THEN t.id ELSE s.id END) AS viaInteractions
}
WITH fid, f, viaInteractions, size(sample) > $fanout AS sampleCapped
// @include ego-neighbours-found
