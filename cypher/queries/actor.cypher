// actor(id): one actor by its id.
// $id: an id ("person:volodymyr-zelenskyy"). Returns: actor (map) — no row when unknown.
MATCH (a:Actor {id: $id})
RETURN a {.*} AS actor
