// Fragment: the body of a `CALL () { … }` returning the interactions `i` the full-text index found for
// $where.text ($where.textIds) — the planner's TEXT strategy. Filter with interaction-where after.
UNWIND $where.textIds AS id
MATCH (i:Interaction {id: id})
RETURN i
