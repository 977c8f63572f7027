// Network: the network version (0 before the projection first changed). Caches over the network are valid
// while it is unchanged. Returns: version.
OPTIONAL MATCH (s:NetworkState {id: 'network'})
RETURN coalesce(s.version, 0) AS version
