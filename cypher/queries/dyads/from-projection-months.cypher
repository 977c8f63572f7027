// dyads(where, links, first) — the planner's PROJECTION strategy for a window of whole months: from the projection's
// INTERACTED_MONTH relationships whose month span overlaps it (docs/network.md, Exactness).
// $window: {from, to} ('YYYY-MM'; open sides '0000-01', '9999-12'); $where: kinds, datasets; $links: {modes}; $limit.
// Returns one row per dyad (see fragments/dyads-of-projection), as scan.cypher would.
MATCH (s:Actor)-[r:INTERACTED_MONTH]->(t:Actor)
WHERE r.start <= $window.to AND r.end >= $window.from
// @include dyads-of-projection
