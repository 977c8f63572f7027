// Records one committed write in the change log, in the write's own transaction (run it last: the sequence
// node's lock is then held only until the commit). The lock is taken before the number is read, so no two
// transactions read the same number and numbers follow commit order.
// $id: the change's id; $by, $byName: who wrote (API key id and name, or cli:<user>); $operation: a ChangeOperation;
// $targetIds: every id written; $input: the write's arguments as JSON; $loadId, $part: a bulk load's id and batch
// number, or null. Returns: change (map).
MERGE (s:ChangeSequence {id: 'changes'})
  ON CREATE SET s.last = 0
SET s._lock = true
WITH s
WITH s, s.last + 1 AS seq
SET s.last = seq
REMOVE s._lock
CREATE (c:Change {
  id: $id, seq: seq, at: datetime(), by: $by, byName: $byName, operation: $operation, targetIds: $targetIds,
  targetCount: size($targetIds), input: $input, loadId: $loadId, part: $part
})
RETURN c {.*, at: toString(c.at)} AS change
