// interactions(where, orderBy, first, after) — the planner's DATES strategy: from the date window's interactions, through the date index.
// $where: see fragments/interaction-where; $ascending: oldest first when true; $skip, $limit: the page.
// Returns one row: totalCount, interactions (list of maps). Every strategy returns what scan.cypher returns.
CALL () {
// @include candidates/by-dates
}
// @include interactions-page
