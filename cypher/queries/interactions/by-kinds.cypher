// interactions(where, orderBy, first, after) — the planner's KINDS strategy: from the kinds' interactions, through the kind index.
// $where: see fragments/interaction-where; $ascending: oldest first when true; $skip, $limit: the page.
// Returns one row: totalCount, interactions (list of maps). Every strategy returns what scan.cypher returns.
CALL () {
// @include candidates/by-kinds
}
// @include interactions-page
