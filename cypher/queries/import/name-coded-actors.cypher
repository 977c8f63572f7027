// Names coded actors that the CAMEO codebook does not name by the name their events wrote most often
// (ties: the alphabetically first), so an organization no longer keeps the first name seen.
// $ids: actor ids touched by an import. Only actors with nameFrom = 'most-frequent' are renamed; the names
// come from the interactions' actor1Name (for the actor's INITIATED events) and actor2Name (DIRECTED_AT).
// Returns: renamed (how many actors changed name).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WHERE a.nameFrom = 'most-frequent'
CALL (a) {
  MATCH (a)-[:INITIATED]->(i:Interaction)
  WHERE i.actor1Name IS NOT NULL
  RETURN i.actor1Name AS seen
  UNION ALL
  MATCH (i:Interaction)-[:DIRECTED_AT]->(a)
  WHERE i.actor2Name IS NOT NULL
  RETURN i.actor2Name AS seen
}
WITH a, seen, count(*) AS times
ORDER BY times DESC, seen ASC
WITH a, collect(seen)[0] AS top
WITH a, top + ' (' + a.cameoCode + ')' AS name
WHERE a.name <> name
SET a.name = name
RETURN count(a) AS renamed
