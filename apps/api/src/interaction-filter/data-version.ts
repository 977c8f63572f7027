import type { CypherQuery, QueryRunner } from '@actorgraph/neo4j';

/** The statements {@link readDataVersion} runs, for a service's `queries.requireAll`. */
export const DATA_VERSION_QUERIES = { networkVersion: 'network/version', changeSeq: 'changes/last-seq' } as const;

/**
 * What an answer read from the interactions themselves depends on: the network version and the change log's last
 * sequence, which every write path (load, import, curation) increments in its own transaction — so an answer kept
 * under this key (ReusedAnswers) is exact for every later request that reads the same key, whatever it filters on.
 */
export async function readDataVersion(
  run: QueryRunner,
  queries: { readonly networkVersion: CypherQuery; readonly changeSeq: CypherQuery },
): Promise<string> {
  const [network] = await run<{ version: number }>(queries.networkVersion);
  const [changes] = await run<{ seq: number }>(queries.changeSeq);
  return `${network?.version ?? 0}/${changes?.seq ?? 0}`;
}
