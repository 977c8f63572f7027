// Draws (actor)-[:INITIATED]->(interaction) for interactions just created.
// $links: [{from: interaction id, to: actor id}]; both found through their id constraints.
// Index hints keep every look-up an index seek, even while a fresh database's statistics say
// the labels are empty.
UNWIND $links AS link
MATCH (i:Interaction {id: link.from})
USING INDEX i:Interaction(id)
MATCH (a:Actor {id: link.to})
USING INDEX a:Actor(id)
CREATE (a)-[:INITIATED]->(i)
