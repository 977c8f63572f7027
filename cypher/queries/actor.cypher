// actor(id): one actor by id, or by a name or alias when no id matches.
// $id: an id ("person:volodymyr-zelenskyy"). Returns: actor (map) — no row when unknown.
MATCH (a:Actor {id: $id})
RETURN a {.*} AS actor
