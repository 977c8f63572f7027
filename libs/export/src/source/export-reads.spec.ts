import type { CypherQuery, Neo4jService } from '@actorgraph/neo4j';
import { ExportReads } from './export-reads';

/** A session whose transactions answer each query with its rows, counting sessions taken and given back. */
function fakeNeo4j(rows: Record<string, unknown>[]) {
  const counts = { opened: 0, released: 0, transactions: 0 };
  const transaction = () => {
    counts.transactions += 1;
    let open = true;
    return {
      async *run() {
        for (const row of rows) yield { toObject: () => row };
      },
      commit: async () => void (open = false),
      rollback: async () => void (open = false),
      isOpen: () => open,
    };
  };
  const neo4j = {
    openSession: async () => {
      counts.opened += 1;
      return { session: { beginTransaction: transaction }, release: async () => void (counts.released += 1) };
    },
  } as unknown as Neo4jService;
  return { neo4j, counts };
}

const QUERY = { name: 'export/test', text: 'RETURN 1' } as CypherQuery;

describe('ExportReads', () => {
  it('reads nodes, edges and relations in one session taken at the first read, given back at close', async () => {
    const { neo4j, counts } = fakeNeo4j([{ id: 'a' }, { id: 'b' }]);
    const reads = new ExportReads(neo4j, 1_000);
    expect(counts.opened).toBe(0);
    for (let stream = 0; stream < 3; stream += 1) {
      const ids: unknown[] = [];
      for await (const row of reads.read<{ id: string }>(QUERY, {})) ids.push(row.id);
      expect(ids).toEqual(['a', 'b']);
    }
    // Later streams start after the answer did, often past the request's deadline: they need no new session.
    expect(counts).toEqual({ opened: 1, released: 0, transactions: 3 });
    await reads.close();
    await reads.close();
    expect(counts.released).toBe(1);
  });

  it('gives nothing back when it never read', async () => {
    const { neo4j, counts } = fakeNeo4j([]);
    await new ExportReads(neo4j, 1_000).close();
    expect(counts).toEqual({ opened: 0, released: 0, transactions: 0 });
  });
});
