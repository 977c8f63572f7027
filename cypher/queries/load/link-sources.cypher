// Draws (interaction)-[:REPORTED_IN {quote}]->(source), the evidence of interactions just created.
// $links: [{from: interaction id, to: source id, quote}].
// Index hints keep every look-up an index seek, even while a fresh database's statistics say
// the labels are empty.
UNWIND $links AS link
MATCH (i:Interaction {id: link.from})
USING INDEX i:Interaction(id)
MATCH (s:Source {id: link.to})
USING INDEX s:Source(id)
CREATE (i)-[:REPORTED_IN {quote: link.quote}]->(s)
