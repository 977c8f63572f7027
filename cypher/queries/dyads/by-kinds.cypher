// dyads(where, links, first) — the planner's KINDS strategy: from the kinds' interactions, through the kind index.
// $where: see fragments/interaction-where; $links: {modes} (LinkMode values); $limit: how many dyads.
// Returns one row per dyad (see fragments/dyads-of-interactions). Every strategy returns what scan.cypher returns.
CALL () {
// @include candidates/by-kinds
}
// @include dyads-of-interactions
