// Network: records which actor pairs this transaction's projection change touched, under the version bump-version
// set in it (docs/network.md, Deltas), so that a reader holding the network of an earlier version re-reads only
// those pairs. $sources, $targets: the pairs as aligned lists (source → target as stored), or both null with
// $full: a change too large to list (a rebuild, a large batch), after which readers read the whole network again.
// Only the last $keep versions' deltas are kept. Returns nothing.
MATCH (state:NetworkState {id: 'network'})
CREATE (:NetworkDelta {version: state.version, full: $full, sources: $sources, targets: $targets})
WITH state
MATCH (old:NetworkDelta)
WHERE old.version <= state.version - $keep
DELETE old
