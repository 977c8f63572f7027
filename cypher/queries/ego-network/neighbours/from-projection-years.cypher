// egoNetwork, one hop of the widening — the planner's PROJECTION strategy for a window of whole years: the
// projection's year spans (INTERACTED_YEAR that overlap it, docs/network.md), in either direction: every node the
// frontier is linked to by a matching interaction (exact, unless the frontier has more than $linkBudget such
// relationships: then a sample, `sampleCapped`) or by a standing relation valid in the date window (at most $fanout
// per node: `relationsCapped`), not yet reached, busiest first.
// $frontier: node ids; $reached: node ids already drawn; $room: how many may be kept; $where: kinds, datasets
// ($where.from/$where.to bound the relations); $links: {modes, genericActors}; $relationTypes; $fanout; $linkBudget.
// $window: {from, to} ('YYYY', open sides '0000', '9999'). Returns one row: frontierFound (how many frontier nodes
// exist), found (how many new neighbours), kept (the $room busiest, ids), sampleCapped, relationsCapped.
// @include ego-widen-frontier
// A bounded read: at most $linkBudget relationships for the whole frontier, so that a frontier of hubs costs a
// sample instead of all their links.
CALL (nodes) {
  UNWIND nodes AS s
  MATCH (s)-[r:INTERACTED_YEAR]-(t)
  WHERE r.start <= $window.to AND r.end >= $window.from
// @include projection-link-filter
  WITH t LIMIT $linkBudget + 1
  RETURN count(t) > $linkBudget AS sampleCapped, collect(DISTINCT t) AS linked
}
CALL (linked, relationLists) {
  UNWIND linked + reduce(acc = [], via IN relationLists | acc + via) AS n
// @include ego-widen-ranked
}
RETURN size(nodes) AS frontierFound, size(ranked) AS found, ranked[..$room] AS kept, sampleCapped, relationsCapped
