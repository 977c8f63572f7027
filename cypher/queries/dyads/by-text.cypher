// dyads(where, links, first) — the planner's TEXT strategy: from the full-text hits ($where.textIds).
// $where: see fragments/interaction-where; $links: {modes} (LinkMode values); $limit: how many dyads.
// Returns one row per dyad (see fragments/dyads-of-interactions). Every strategy returns what scan.cypher returns.
CALL () {
// @include candidates/by-text
}
// @include dyads-of-interactions
