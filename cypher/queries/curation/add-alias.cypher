// addAlias: writes an actor's aliases, name keys and content hash after an alias was added.
// $id: the actor's id; $props: {aliases, nameKeys, contentHash, …} as the loader would write them.
// Returns: actor (map) — no row when the actor is gone.
MATCH (a:Actor {id: $id})
SET a += $props
RETURN a {.*} AS actor
