// The number of the last committed change (0 when the log is empty). No parameters. Returns: seq.
OPTIONAL MATCH (s:ChangeSequence {id: 'changes'})
RETURN coalesce(s.last, 0) AS seq
