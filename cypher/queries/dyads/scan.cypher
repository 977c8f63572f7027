// dyads(where, links, first) — the planner's SCAN strategy: from every interaction.
// $where: see fragments/interaction-where; $links: {modes} (LinkMode values); $limit: how many dyads.
// Returns one row per dyad (see fragments/dyads-of-interactions). Every strategy returns what scan.cypher returns.
CALL () {
// @include candidates/all
}
// @include dyads-of-interactions
