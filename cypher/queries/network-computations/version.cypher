// Network computations: what a cached computation over the network is valid for, as '<projection version>/<number
// of interactions>'. The projection's version (docs/network.md) changes with every projection change, and is 0
// until the projection is first built (then the network is scanned); the interaction count (a count-store read)
// also changes when interactions are written while the projection is not maintained (neo4j-admin import).
// Returns: version (a string).
OPTIONAL MATCH (s:NetworkState {id: 'network'})
RETURN toString(coalesce(s.version, 0)) + '/' + toString(COUNT { (:Interaction) }) AS version
