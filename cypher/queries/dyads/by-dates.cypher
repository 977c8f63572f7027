// dyads(where, links, first) — the planner's DATES strategy: from the date window's interactions, through the date index.
// $where: see fragments/interaction-where; $links: {modes} (LinkMode values); $limit: how many dyads.
// Returns one row per dyad (see fragments/dyads-of-interactions). Every strategy returns what scan.cypher returns.
CALL () {
// @include candidates/by-dates
}
// @include dyads-of-interactions
