// interactions(where, orderBy, first, after) — the planner's ACTORS strategy: from the interactions of the actors
// named in the filter ($anchor: {ids, relationships}, chosen by anchorOfFilter in libs/graph).
// $where: see fragments/interaction-where; $ascending: oldest first when true; $skip, $limit: the page.
// Returns one row: totalCount, interactions (list of maps). Every strategy returns what scan.cypher returns.
CALL () {
// @include candidates/by-actors
}
// @include interactions-page
