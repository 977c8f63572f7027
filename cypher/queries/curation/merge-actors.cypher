// mergeActors: moves every relationship of the merged actor `gone` to the kept actor `keep`, deletes `gone`
// and leaves a (:MergedActorId {id})-[:MERGED_INTO]->(keep) node so the old id still resolves.
// A relationship `keep` already has (same type, direction, other end, role, from and to) is not drawn
// twice: the moved one's evidence (sourceIds, quotes) is added to it. One between the two actors is dropped.
// $keepId, $mergeId: the actors; $props: keep's new properties (aliases, nameKeys, evidence, contentHash).
// Returns one row: moved, duplicates, dropped (relationship counts) — no row when either actor is unknown.
MATCH (keep:Actor {id: $keepId})
MATCH (gone:Actor {id: $mergeId})
SET keep += $props
WITH keep, gone
CALL (keep, gone) {
  MATCH (gone)-[r]-(other)
  WHERE other <> keep AND other <> gone
  WITH r, other, startNode(r) = gone AS outgoing
  OPTIONAL CALL (keep, r, other, outgoing) {
    MATCH (keep)-[twin]-(other)
    WHERE type(twin) = type(r)
      AND (startNode(twin) = keep) = outgoing
      AND coalesce(twin.role, '') = coalesce(r.role, '')
      AND coalesce(twin.from, '') = coalesce(r.from, '')
      AND coalesce(twin.to, '') = coalesce(r.to, '')
    RETURN twin
    LIMIT 1
  }
  CALL (keep, r, other, outgoing, twin) {
    WITH * WHERE twin IS NULL AND outgoing
    CREATE (keep)-[moved:$(type(r))]->(other)
    SET moved = properties(r)
  }
  CALL (keep, r, other, outgoing, twin) {
    WITH * WHERE twin IS NULL AND NOT outgoing
    CREATE (other)-[moved:$(type(r))]->(keep)
    SET moved = properties(r)
  }
  CALL (r, twin) {
    WITH * WHERE twin IS NOT NULL AND r.sourceIds IS NOT NULL
    WITH twin, r, [k IN range(0, size(r.sourceIds) - 1)
      WHERE NOT any(j IN range(0, size(coalesce(twin.sourceIds, [])) - 1)
        WHERE twin.sourceIds[j] = r.sourceIds[k] AND twin.quotes[j] = r.quotes[k])] AS extra
    SET twin.sourceIds = coalesce(twin.sourceIds, []) + [k IN extra | r.sourceIds[k]],
      twin.quotes = coalesce(twin.quotes, []) + [k IN extra | r.quotes[k]]
  }
  DELETE r
  RETURN count(*) - count(twin) AS moved, count(twin) AS duplicates
}
WITH keep, gone, moved, duplicates, COUNT { (gone)--() } AS dropped
MERGE (old:MergedActorId {id: gone.id})
SET old.name = gone.name, old.kind = gone.kind, old.mergedAt = datetime()
MERGE (old)-[:MERGED_INTO]->(keep)
DETACH DELETE gone
RETURN moved, duplicates, dropped
