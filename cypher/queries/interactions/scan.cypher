// interactions(where, orderBy, first, after) — the planner's SCAN strategy: from every interaction.
// $where: see fragments/interaction-where; $ascending: oldest first when true; $skip, $limit: the page.
// Returns one row: totalCount, interactions (list of maps). Every strategy returns what scan.cypher returns.
CALL () {
// @include candidates/all
}
// @include interactions-page
