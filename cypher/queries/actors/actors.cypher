// actors(where, first, after): a page of actors, by name.
// $kinds: actor kinds or null; $nameContains: folded text or null (matches name and aliases);
// $ids: ids or null; $recognition: RECOGNIZED, DISPUTED or null; $skip, $limit: the page.
// Returns one row: totalCount, actors (list of maps).
MATCH (a:Actor)
WHERE ($kinds IS NULL OR a.kind IN $kinds)
  AND ($ids IS NULL OR a.id IN $ids)
  AND ($recognition IS NULL OR a.recognition = $recognition)
  AND ($nameContains IS NULL OR any(key IN a.nameKeys WHERE key CONTAINS $nameContains))
WITH a ORDER BY a.name, a.id
WITH collect(a) AS matched
RETURN size(matched) AS totalCount, [a IN matched[$skip..($skip + $limit)] | a {.*}] AS actors
