// Fragment: the body of a `CALL () { … }` returning the interactions `i` of the kinds $where.kinds — the planner's
// KINDS strategy, through the kind index. Filter with interaction-where after.
MATCH (i:Interaction)
WHERE i.kind IN $where.kinds
RETURN i
