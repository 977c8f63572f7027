// Creates the actors coded rows name, or adds codes to existing ones (a curated state keeps its name).
// $rows: [{id, label, create, codes}]: label from ActorKind; create is set only on a new actor;
// codes (CAMEO codes, ICEWS sectors and country) are added every time and never hold nulls.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a += row.create
SET a += row.codes
SET a:$(row.label)
