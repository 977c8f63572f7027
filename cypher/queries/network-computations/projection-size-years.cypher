// Network computations: the size of the network projection-links-years would read, counted in the database
// (docs/network.md, INTERACTED_YEAR). $window, $where, $links as there. Returns links (one per source, target, mode)
// and nodes (an upper bound: sources plus targets).
MATCH (s:Actor)-[r:INTERACTED_YEAR]->(t:Actor)
WHERE r.start <= $window.to AND r.end >= $window.from
// @include network-links-of-projection
RETURN count(*) AS links, count(DISTINCT s) + count(DISTINCT t) AS nodes
