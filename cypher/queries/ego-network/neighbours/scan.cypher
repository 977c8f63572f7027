// egoNetwork, one hop of the widening, when the projection cannot answer the filter (the planner's SCAN): the
// actors and places linked to the frontier by a matching interaction under the network pair rule
// (fragments/interaction-pairs: directed, co-participation, mentions as $links asks), or by a standing relation
// valid in the date window, not yet reached, busiest first. A hub costs a sample: at most $fanout interactions and
// $fanout relations per frontier node (`sampleCapped`, `relationsCapped` say a sample was cut).
// $frontier: node ids; $reached: node ids already drawn; $room: how many may be kept; $where:
// fragments/interaction-where ($where.from/$where.to also bound the relations); $links: {modes}; $relationTypes;
// $fanout. Returns one row: frontierFound (how many frontier nodes exist), found (how many new neighbours), kept
// (the $room busiest, ids), sampleCapped, relationsCapped.
// @include ego-widen-frontier
CALL (nodes) {
  UNWIND nodes AS f
  WITH f, COUNT {
    MATCH (f)-[:INITIATED|DIRECTED_AT|MENTIONS]-(i:Interaction)
    WHERE
// @include interaction-where
    WITH i LIMIT $fanout + 1
    RETURN i
  } AS sampled
  RETURN any(capped IN collect(sampled > $fanout) WHERE capped) AS sampleCapped
}
CALL (nodes, relationLists) {
  CALL (nodes, relationLists) {
    UNWIND nodes AS f
    CALL (f) {
      MATCH (f)-[:INITIATED|DIRECTED_AT|MENTIONS]-(i:Interaction)
      WHERE
// @include interaction-where
      RETURN i LIMIT $fanout
    }
    CALL (i) {
// @include interaction-pairs
    }
    WITH f, s, t
    WHERE s = f OR t = f
    RETURN CASE WHEN s = f THEN t ELSE s END AS n
    UNION ALL
    UNWIND relationLists AS via
    UNWIND via AS n
    RETURN n
  }
// @include ego-widen-ranked
}
RETURN size(nodes) AS frontierFound, size(ranked) AS found, ranked[..$room] AS kept, sampleCapped, relationsCapped
