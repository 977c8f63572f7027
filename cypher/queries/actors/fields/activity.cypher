// Actor.activity(granularity, role, where): the facts a time series needs of each interaction the actor took part
// in (as INITIATOR: INITIATED; TARGET: DIRECTED_AT; ANY: also MENTIONS) that matches $where — each interaction
// once, however many parts the actor played. An actor's own links are read (an index seek per actor), not the
// projection: the projection counts pairs, and an interaction with three counterparts is one interaction.
// $actorId; $role: INITIATOR, TARGET or ANY; $where: see fragments/interaction-where.
// Returns one row per interaction: kind, dateStart, dateEnd ('YYYY-MM-DD'), quadClass, cameo, goldstein, intensity.
MATCH (actor:Actor {id: $actorId})-[r:INITIATED|DIRECTED_AT|MENTIONS]-(i:Interaction)
WHERE CASE $role
    WHEN 'INITIATOR' THEN type(r) = 'INITIATED'
    WHEN 'TARGET' THEN type(r) = 'DIRECTED_AT'
    ELSE true
  END
WITH DISTINCT i
WHERE
// @include interaction-where
RETURN i.kind AS kind, toString(i.dateStart) AS dateStart, toString(i.dateEnd) AS dateEnd, i.quadClass AS quadClass,
  i.cameo AS cameo, i.goldstein AS goldstein, i.intensity AS intensity
