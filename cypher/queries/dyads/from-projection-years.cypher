// dyads(where, links, first) — the planner's PROJECTION strategy for a window of whole years: from the projection's
// INTERACTED_YEAR relationships whose year span overlaps it (docs/network.md, Exactness).
// $window: {from, to} ('YYYY'; open sides '0000', '9999'); $where: kinds, datasets; $links: {modes}; $limit.
// Returns one row per dyad (see fragments/dyads-of-projection), as scan.cypher would.
MATCH (s:Actor)-[r:INTERACTED_YEAR]->(t:Actor)
WHERE r.start <= $window.to AND r.end >= $window.from
// @include dyads-of-projection
