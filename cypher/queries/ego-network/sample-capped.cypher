// egoNetwork, the planner's SCAN strategy: whether the interaction edges (edges/scan.cypher, read from at most
// $edgeSample matching interactions of each kept node) may miss one — only when two or more kept nodes had more
// than $edgeSample matching interactions (one busy node costs nothing: its pairs are found from the other end).
// $ids: the kept node ids; $where: fragments/interaction-where; $edgeSample. Returns one row: capped (boolean).
UNWIND $ids AS id
CALL (id) {
  MATCH (k:Actor {id: id})
  RETURN k
  UNION
  MATCH (k:Place {id: id})
  RETURN k
}
WITH k, COLLECT {
  MATCH (k)-[:INITIATED|DIRECTED_AT|MENTIONS]-(i:Interaction)
  WHERE
// @include interaction-where
  RETURN i LIMIT $edgeSample + 1
} AS sample
WITH count(CASE WHEN size(sample) > $edgeSample THEN 1 END) AS cappedNodes
RETURN cappedNodes >= 2 AS capped
