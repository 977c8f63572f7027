// Draws (interaction)-[:$type]->(actor) for interactions just created: targets and mentions.
// $type: DIRECTED_AT or MENTIONS (from the ParticipationType enum); $links: [{from: interaction id, to: actor id}].
// Index hints keep every look-up an index seek, even while a fresh database's statistics say
// the labels are empty.
UNWIND $links AS link
MATCH (i:Interaction {id: link.from})
USING INDEX i:Interaction(id)
MATCH (a:Actor {id: link.to})
USING INDEX a:Actor(id)
CREATE (i)-[:$($type)]->(a)
