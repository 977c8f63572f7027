import { CypherRegistry } from '@actorgraph/neo4j';
import { createServer, type Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import type { Workload } from './workloads';

/**
 * The ceiling: the API's own Cypher for each workload, run through neo4j-driver behind a bare
 * node:http handler (GET /W1 … /W5), answering JSON. No GraphQL, no framework.
 */
export function ceilingServer(driver: Driver, workloads: Workload[]): Server {
  const registry = new CypherRegistry();
  const byName = new Map<string, { text: string; params: Record<string, unknown> }>();
  for (const w of workloads) {
    if (w.cypher) byName.set(`/${w.name}`, { text: registry.require(w.cypher.file).text, params: w.cypher.params });
  }
  return createServer((req, res) => {
    const query = byName.get(req.url ?? '');
    if (!query) {
      res.writeHead(404).end();
      return;
    }
    driver
      .executeQuery(query.text, query.params, { routing: 'READ', database: 'neo4j' })
      .then(({ records }) => {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify(records.map((r) => r.toObject())));
      })
      .catch((error: Error) => res.writeHead(500).end(error.message));
  });
}
