// Fragment: the start of an egoNetwork widening statement (ego-network/neighbours/*): the frontier's nodes
// ($frontier: ids of actors or places; those that exist, as `nodes`) and the actors and places each is linked to by a
// standing relation valid in the date window ($relationTypes; $where.from/$where.to), at most $fanout per node
// (`relationLists`; `relationsCapped`: a node had more).
CALL () {
  UNWIND $frontier AS fid
  CALL (fid) {
    MATCH (f:Actor {id: fid})
    RETURN f
    UNION
    MATCH (f:Place {id: fid})
    RETURN f
  }
  RETURN collect(f) AS nodes
}
CALL (nodes) {
  UNWIND nodes AS f
  CALL (f) {
    MATCH (f)-[r:
// @include relation-types
    ]-(n)
    WHERE type(r) IN $relationTypes AND (n:Actor OR n:Place)
      AND
// @include relation-window
    WITH n LIMIT $fanout + 1
    RETURN collect(DISTINCT n) AS via
  }
  RETURN collect(via[..$fanout]) AS relationLists, any(capped IN collect(size(via) > $fanout) WHERE capped) AS relationsCapped
}
