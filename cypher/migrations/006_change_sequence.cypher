// 006: the change log in commit order (issue 18). Every write takes the next number from the one
// (:ChangeSequence {id: 'changes'}) node under its write lock, in its own transaction, so `seq` orders the log as
// the writes committed; subscriptions read the log by `seq`, a bulk load's batches by `loadId`.

CREATE CONSTRAINT change_sequence_id IF NOT EXISTS FOR (s:ChangeSequence) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE;
CREATE INDEX change_load_id IF NOT EXISTS FOR (c:Change) ON (c.loadId);
MERGE (s:ChangeSequence {id: 'changes'}) ON CREATE SET s.last = 0;
