import { RelationType } from '@actorgraph/graph';
import type { Driver } from 'neo4j-driver';

/**
 * What the whole-graph export must hold, counted straight from the graph: every actor and place; one edge per
 * (source, target, mode) by the network pair rule (docs/network.md) with the default links (directed and
 * co-participation); and one edge per standing relation between two of them (the whole graph has no date window).
 * `relations` is how many of the edges are standing relations.
 */
export async function expectedNetwork(driver: Driver): Promise<{ nodes: number; edges: number; relations: number }> {
  const { records } = await driver.executeQuery(
    `
    CALL () { MATCH (n) WHERE n:Actor OR n:Place RETURN count(n) AS nodes }
    CALL () {
      MATCH (s)-[r]->(o)
      WHERE type(r) IN $relationTypes AND (s:Actor OR s:Place) AND (o:Actor OR o:Place)
      RETURN count(r) AS relations
    }
    CALL () {
      MATCH (s:Actor)-[:INITIATED]->(i:Interaction)-[:DIRECTED_AT]->(t) WHERE (t:Actor OR t:Place) AND s <> t
      RETURN s.id AS a, t.id AS b, 'D' AS m
      UNION
      MATCH (s:Actor)-[:INITIATED]->(i:Interaction)<-[:INITIATED]-(t:Actor)
      WHERE s.id < t.id AND NOT EXISTS { (i)-[:DIRECTED_AT]->() }
      RETURN s.id AS a, t.id AS b, 'C' AS m
    }
    RETURN nodes, relations, count(*) AS edges`,
    { relationTypes: Object.values(RelationType) },
  );
  const record = records[0]!;
  const relations = record.get('relations').toNumber();
  return { nodes: record.get('nodes').toNumber(), edges: record.get('edges').toNumber() + relations, relations };
}
