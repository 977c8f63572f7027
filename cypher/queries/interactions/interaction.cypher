// interaction(id): one interaction with its participants and evidence.
// $id: the interaction's id. Returns: interaction (map) — no row when unknown.
MATCH (i:Interaction {id: $id})
RETURN
// @include interaction-projection
AS interaction
