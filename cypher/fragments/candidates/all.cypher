// Fragment: the body of a `CALL () { … }` returning every interaction `i` — the planner's SCAN strategy.
MATCH (i:Interaction)
RETURN i
