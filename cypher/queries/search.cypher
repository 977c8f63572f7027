// search(text, kinds, first): full-text hits over actor and place names and aliases, and over
// interaction summaries and quotes, best score first.
// $query: a Lucene query built and escaped by buildLuceneQuery (never raw user text);
// $kinds: actor kinds or null — when set, only actors of these kinds (no places, no interactions);
// $candidates: how many hits to take from each index before filtering; $limit: how many to return.
// Returns one row per hit: score, and exactly one of actor, place, interaction (maps).
CALL () {
  CALL db.index.fulltext.queryNodes('actor_names', $query, {limit: $candidates}) YIELD node, score
  WHERE (node:Actor AND ($kinds IS NULL OR node.kind IN $kinds)) OR (node:Place AND $kinds IS NULL)
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('interaction_texts', $query, {limit: $candidates}) YIELD node, score
  WHERE $kinds IS NULL
  RETURN node, score
}
WITH node AS i, score
ORDER BY score DESC, i.id
LIMIT $limit
RETURN score,
  CASE WHEN i:Actor THEN i {.*} END AS actor,
  CASE WHEN i:Place THEN i {.*} END AS place,
  CASE WHEN i:Interaction THEN
// @include interaction-projection
  END AS interaction
