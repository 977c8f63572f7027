// Network: the facts of every interaction a stored pair can come from — initiated by the source, with the target
// as target, mention or co-initiator — to recompute the pair's projection relationships after a change or removal.
// $pairs: [{source, target}]. Returns per pair and interaction: source, target and fragments/network-facts.
UNWIND $pairs AS row
// @include network-endpoints
CALL (a, b) {
  MATCH (a)-[:INITIATED]->(i:Interaction)-[:DIRECTED_AT|MENTIONS]->(b)
  RETURN i
  UNION
  MATCH (a)-[:INITIATED]->(i:Interaction)<-[:INITIATED]-(b)
  RETURN i
}
RETURN row.source AS source, row.target AS target,
// @include network-facts
