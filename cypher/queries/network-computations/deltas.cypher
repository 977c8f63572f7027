// Network computations: what changed in the projection after version $from up to version $to
// (network/record-delta.cypher). Returns one row: deltas (how many versions are recorded: all of them when it
// equals $to - $from), whole (true when one of them could not list its pairs, or they list more than $maxPairs),
// and pairs ([source, target], distinct; empty when whole).
MATCH (d:NetworkDelta)
WHERE d.version > $from AND d.version <= $to
WITH count(d) AS deltas, sum(CASE WHEN d.full THEN 1 ELSE 0 END) > 0 OR sum(size(d.sources)) > $maxPairs AS whole,
  collect(d) AS found
RETURN deltas, whole,
  CASE WHEN whole THEN [] ELSE COLLECT {
    UNWIND found AS d
    UNWIND range(0, size(d.sources) - 1) AS k
    RETURN DISTINCT [d.sources[k], d.targets[k]] AS pair
  } END AS pairs
