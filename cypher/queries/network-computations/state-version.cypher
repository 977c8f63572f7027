// Network computations at the STATE level: what a cached computation is valid for — the network's version as
// version.cypher gives it, and the change log's last sequence, since which state an actor counts for follows
// standing relations, whose changes leave the network version as it is. Returns: version (a string).
OPTIONAL MATCH (s:NetworkState {id: 'network'})
OPTIONAL MATCH (c:ChangeSequence {id: 'changes'})
RETURN toString(coalesce(s.version, 0)) + '/' + toString(COUNT { (:Interaction) }) + '/' + toString(coalesce(c.last, 0))
  AS version
