// Network computations: the size of the network projection-links-all would read, counted in the database
// (docs/network.md, INTERACTED). $window, $where, $links as there. Returns links (one per source, target, mode)
// and nodes (an upper bound: sources plus targets).
MATCH (s:Actor)-[r:INTERACTED]->(t:Actor)
WHERE true
// @include network-links-of-projection
RETURN count(*) AS links, count(DISTINCT s) + count(DISTINCT t) AS nodes
