// Network computations: what projection-links-all reads, between these pairs of actors only, either way (a
// reader's update after a delta, deltas.cypher). $pairs: [[a, b]], each unordered pair once; $where, $links as
// there. Returns what projection-links-all returns.
UNWIND $pairs AS pair
MATCH (a:Actor {id: pair[0]})-[r:INTERACTED]-(b:Actor {id: pair[1]})
WITH startNode(r) AS s, r, endNode(r) AS t
WHERE true
// @include network-links-of-projection
RETURN s.id AS source, s.name AS sourceName, t.id AS target, t.name AS targetName, weight,
  mode = 'CO_PARTICIPATION' AS undirected
