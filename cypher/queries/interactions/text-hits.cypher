// The interactions whose summary or evidence quotes hold every word of a `text` filter, through the full-text index.
// $query: the Lucene query built by parseTextFilter (libs/graph: `+word +word`, escaped, never raw user text);
// $limit: the most ids to return (one more than the API accepts, to tell when there are too many).
// Returns one row: ids (interaction ids).
CALL db.index.fulltext.queryNodes('interaction_texts', $query, {limit: $limit}) YIELD node
RETURN collect(node.id) AS ids
