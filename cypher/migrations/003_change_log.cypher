// 003: the change log and merged actor ids, written by the curation mutations.
// A change is found by its id and listed newest first by `at`; an old id of a merged actor
// resolves through its (:MergedActorId)-[:MERGED_INTO]->(:Actor) node, found by id.

CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
CREATE CONSTRAINT merged_actor_id IF NOT EXISTS FOR (m:MergedActorId) REQUIRE m.id IS UNIQUE;
