// Network computations: what a cached computation over the network is valid for. The projection's version
// (docs/network.md, bumped by every projection change) and, while not every write path maintains the
// projection yet, the number of interactions (a count-store read). Returns: version (a string).
OPTIONAL MATCH (s:NetworkState {id: 'network'})
RETURN toString(coalesce(s.version, 0)) + '/' + toString(COUNT { (:Interaction) }) AS version
