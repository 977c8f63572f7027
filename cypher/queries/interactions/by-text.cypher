// interactions(where, orderBy, first, after) — the planner's TEXT strategy: from the full-text hits ($where.textIds).
// $where: see fragments/interaction-where; $ascending: oldest first when true; $skip, $limit: the page.
// Returns one row: totalCount, interactions (list of maps). Every strategy returns what scan.cypher returns.
CALL () {
// @include candidates/by-text
}
// @include interactions-page
