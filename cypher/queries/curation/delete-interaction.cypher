// deleteInteraction: deletes one interaction and every link it has (participants, place, evidence);
// the actors, places and sources it linked stay.
// $id: the interaction's id. Returns: id, links (how many relationships went with it) — no row when unknown.
MATCH (i:Interaction {id: $id})
WITH i, i.id AS id, COUNT { (i)--() } AS links
DETACH DELETE i
RETURN id, links
