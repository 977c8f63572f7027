// Draws (interaction)-[:$type]->(place) for interactions just created: targets, mentions, where it happened.
// $type: DIRECTED_AT, MENTIONS or OCCURRED_IN (from the ParticipationType enum); $links: [{from, to: place id}].
// Index hints keep every look-up an index seek, even while a fresh database's statistics say
// the labels are empty.
UNWIND $links AS link
MATCH (i:Interaction {id: link.from})
USING INDEX i:Interaction(id)
MATCH (p:Place {id: link.to})
USING INDEX p:Place(id)
CREATE (i)-[:$($type)]->(p)
