// Fragment: the body of a `CALL () { … }` returning the interactions `i` that may match $where, found
// through the most selective index: the named initiators', targets' or participants' relationships, else
// the date range, else the kinds, else every interaction. A superset: filter with interaction-where after.
// Branches are guarded so exactly one family runs. Without `until`, an event spans at most a year
// (YEAR precision), so a [from, to] overlap starts in [from - 366 days, to]; events with `until` come
// from their own index.
MATCH (x:Actor)-[:INITIATED]->(i:Interaction)
WHERE $where.initiators IS NOT NULL AND x.id IN $where.initiators
RETURN i
UNION
MATCH (x:Actor)<-[:DIRECTED_AT]-(i:Interaction)
WHERE $where.initiators IS NULL AND $where.targets IS NOT NULL AND x.id IN $where.targets
RETURN i
UNION
MATCH (x:Place)<-[:DIRECTED_AT]-(i:Interaction)
WHERE $where.initiators IS NULL AND $where.targets IS NOT NULL AND x.id IN $where.targets
RETURN i
UNION
MATCH (x:Actor)-[:INITIATED|DIRECTED_AT|MENTIONS]-(i:Interaction)
WHERE $where.initiators IS NULL AND $where.targets IS NULL AND $where.participants IS NOT NULL
  AND x.id IN $where.participants
RETURN i
UNION
MATCH (x:Place)<-[:DIRECTED_AT|MENTIONS]-(i:Interaction)
WHERE $where.initiators IS NULL AND $where.targets IS NULL AND $where.participants IS NOT NULL
  AND x.id IN $where.participants
RETURN i
UNION
// A date branch's guard sits inside its index bound: a null bound makes the seek find nothing, so
// the branches that do not apply cost nothing (a guard in WHERE would be checked only after the scan).
MATCH (i:Interaction)
WHERE i.dateStart >= CASE WHEN coalesce($where.initiators, $where.targets, $where.participants) IS NULL
    THEN date($where.from) - duration({days: 366}) END
  AND i.dateStart <= coalesce(date($where.to), date('9999-12-31'))
  AND i.until IS NULL
RETURN i
UNION
MATCH (i:Interaction)
WHERE i.until >= CASE WHEN coalesce($where.initiators, $where.targets, $where.participants) IS NULL
    AND $where.from IS NOT NULL THEN '' END
RETURN i
UNION
MATCH (i:Interaction)
WHERE i.dateStart <= CASE WHEN coalesce($where.initiators, $where.targets, $where.participants, $where.from) IS NULL
    THEN date($where.to) END
RETURN i
UNION
MATCH (i:Interaction)
WHERE i.kind IN CASE WHEN coalesce($where.initiators, $where.targets, $where.participants, $where.from, $where.to) IS NULL
    THEN $where.kinds END
RETURN i
UNION
// Every interaction has a date, so this scan of the date index is every interaction.
MATCH (i:Interaction)
WHERE i.dateStart >= CASE
    WHEN coalesce($where.initiators, $where.targets, $where.participants, $where.from, $where.to, $where.kinds) IS NULL
    THEN date('-999999999-01-01') END
RETURN i
