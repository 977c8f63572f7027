import type { Driver } from 'neo4j-driver';

/**
 * What the whole-graph export must hold, counted straight from the interactions: every actor and place, and one
 * edge per (source, target, mode) by the network pair rule (docs/network.md) with the default links (directed and
 * co-participation).
 */
export async function expectedNetwork(driver: Driver): Promise<{ nodes: number; edges: number }> {
  const { records } = await driver.executeQuery(`
    CALL () { MATCH (n) WHERE n:Actor OR n:Place RETURN count(n) AS nodes }
    CALL () {
      MATCH (s:Actor)-[:INITIATED]->(i:Interaction)-[:DIRECTED_AT]->(t) WHERE (t:Actor OR t:Place) AND s <> t
      RETURN s.id AS a, t.id AS b, 'D' AS m
      UNION
      MATCH (s:Actor)-[:INITIATED]->(i:Interaction)<-[:INITIATED]-(t:Actor)
      WHERE s.id < t.id AND NOT EXISTS { (i)-[:DIRECTED_AT]->() }
      RETURN s.id AS a, t.id AS b, 'C' AS m
    }
    RETURN nodes, count(*) AS edges`);
  return { nodes: records[0]!.get('nodes').toNumber(), edges: records[0]!.get('edges').toNumber() };
}
