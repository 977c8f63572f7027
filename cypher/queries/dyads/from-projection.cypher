// dyads(where, links, first) — the planner's PROJECTION strategy without a date window: from the projection's
// totals (INTERACTED, docs/network.md), exact for filters on kinds and datasets only.
// $where: kinds, datasets (others must be null: the planner checks); $links: {modes}; $limit: how many dyads.
// Returns one row per dyad (see fragments/dyads-of-projection), as scan.cypher would.
MATCH (s:Actor)-[r:INTERACTED]->(t:Actor)
// @include dyads-of-projection
