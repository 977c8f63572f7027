// Network computations: the size of the network scan-links.cypher would read, counted in the database so a
// computation too large to run is refused before anything is read. $where and $links as in scan-links.
// Returns links (one per source, target, mode) and nodes (an upper bound: sources plus targets).
MATCH (i:Interaction)
WHERE
// @include interaction-where
CALL (i) {
// @include interaction-pairs
}
WITH DISTINCT s, t, mode
WHERE t:Actor
RETURN count(*) AS links, count(DISTINCT s) + count(DISTINCT t) AS nodes
