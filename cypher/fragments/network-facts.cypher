// Fragment: what the projection needs to know of an interaction `i` (docs/network.md), as RETURN items:
// id, kind, dataset, date, dateStart, dateEnd ('YYYY-MM-DD'), quadClass, cameo, goldstein, intensity,
// initiators (actor ids), targets and mentions (actor and place ids). Its own variables have names no statement
// binds (an outer `a` would otherwise narrow the initiators to `a`).
i.id AS id, i.kind AS kind, i.dataset AS dataset, i.date AS date,
  toString(i.dateStart) AS dateStart, toString(i.dateEnd) AS dateEnd,
  i.quadClass AS quadClass, i.cameo AS cameo, i.goldstein AS goldstein, i.intensity AS intensity,
  COLLECT { MATCH (factInitiator:Actor)-[:INITIATED]->(i) RETURN factInitiator.id } AS initiators,
  COLLECT { MATCH (i)-[:DIRECTED_AT]->(factTarget) WHERE factTarget:Actor OR factTarget:Place RETURN factTarget.id } AS targets,
  COLLECT { MATCH (i)-[:MENTIONS]->(factMention) WHERE factMention:Actor OR factMention:Place RETURN factMention.id } AS mentions
