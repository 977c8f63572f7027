// Network: increments the network version, in the transaction that changes the projection, before any
// projection relationship is touched (docs/network.md). Returns: version.
MERGE (s:NetworkState {id: 'network'})
SET s.version = coalesce(s.version, 0) + 1, s.changedAt = datetime()
RETURN s.version AS version
