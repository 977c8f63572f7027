// Fragment: what the projection needs to know of an interaction `i` (docs/network.md), as RETURN items:
// id, kind, dataset, date, dateStart, dateEnd ('YYYY-MM-DD'), quadClass, cameo, goldstein, intensity,
// initiators (actor ids), targets and mentions (actor and place ids).
i.id AS id, i.kind AS kind, i.dataset AS dataset, i.date AS date,
  toString(i.dateStart) AS dateStart, toString(i.dateEnd) AS dateEnd,
  i.quadClass AS quadClass, i.cameo AS cameo, i.goldstein AS goldstein, i.intensity AS intensity,
  COLLECT { MATCH (a:Actor)-[:INITIATED]->(i) RETURN a.id } AS initiators,
  COLLECT { MATCH (i)-[:DIRECTED_AT]->(t) WHERE t:Actor OR t:Place RETURN t.id } AS targets,
  COLLECT { MATCH (i)-[:MENTIONS]->(m) WHERE m:Actor OR m:Place RETURN m.id } AS mentions
