// Network: increments the network version, in the transaction that changes the projection, before any
// projection relationship is touched (docs/network.md). A new state node starts from the clock (milliseconds
// × 1000), so a graph deleted and loaded again never repeats a version a cache has seen. Returns: version.
MERGE (s:NetworkState {id: 'network'})
SET s.version = coalesce(s.version, timestamp() * 1000) + 1, s.changedAt = datetime()
RETURN s.version AS version
