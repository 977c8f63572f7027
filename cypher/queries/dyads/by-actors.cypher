// dyads(where, links, first) — the planner's ACTORS strategy: from the interactions of the actors named in the filter ($anchor, from anchorOfFilter).
// $where: see fragments/interaction-where; $links: {modes} (LinkMode values); $limit: how many dyads.
// Returns one row per dyad (see fragments/dyads-of-interactions). Every strategy returns what scan.cypher returns.
CALL () {
// @include candidates/by-actors
}
// @include dyads-of-interactions
