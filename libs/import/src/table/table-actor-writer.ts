import type { BatchChangeSink } from '@actorgraph/change-log';
import { contentHash } from '@actorgraph/dataset';
import type { ActorKind } from '@actorgraph/graph';
import { Neo4jService, type CypherQueries } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import type { KnownActors } from './table-actors';
import type { ActorUpsert } from './table-actor';

/**
 * Reads what the graph knows of the actors a batch of table rows names, and writes actor-table rows. Actors only:
 * interactions of table imports go through the coded-event ImportWriter, like GDELT and ICEWS rows.
 */
@Injectable()
export class TableActorWriter {
  private readonly queries: CypherQueries<'find' | 'hashes' | 'upsert'>;

  constructor(private readonly neo4j: Neo4jService) {
    this.queries = neo4j.queries.requireAll({
      find: 'import/find-actors',
      hashes: 'import/actor-import-hashes',
      upsert: 'import/upsert-table-actors',
    });
  }

  /** The actors holding these ids, folded names or Wikidata ids. */
  async known(keys: { ids: string[]; names: string[]; wikidataIds: string[] }): Promise<KnownActors> {
    const rows = await this.neo4j.read<{ id: string; kind: ActorKind; matched: string; key: string }>(
      this.queries.find,
      keys,
    );
    const kinds = new Map<string, ActorKind>();
    const byName = new Map<string, string[]>();
    const byWikidata = new Map<string, string>();
    for (const row of rows) {
      kinds.set(row.id, row.kind);
      if (row.matched === 'name') {
        const holders = byName.get(row.key) ?? [];
        if (!holders.includes(row.id)) holders.push(row.id);
        byName.set(row.key, holders);
      }
      if (row.matched === 'wikidata' && !byWikidata.has(row.key)) byWikidata.set(row.key, row.id);
    }
    return { kinds, byName, byWikidata };
  }

  /**
   * Writes the rows whose content changed since they were last imported; one transaction per batch, which also
   * records the batch's change-log entry (the ids it wrote).
   */
  async write(
    rows: readonly ActorUpsert[],
    changes?: BatchChangeSink,
  ): Promise<{ imported: number; unchanged: number }> {
    const hashed = rows.map((row) => ({ ...row, hash: contentHash(row) }));
    const stored = await this.neo4j.read<{ id: string; hash: string | null }>(this.queries.hashes, {
      ids: hashed.map((r) => r.id),
    });
    const storedHash = new Map(stored.map(({ id, hash }) => [id, hash]));
    const changed = hashed.filter((row) => storedHash.get(row.id) !== row.hash);
    if (changed.length > 0) {
      await this.neo4j.bulkWriteTransaction(async (run) => {
        await run(this.queries.upsert, { rows: changed });
        // Last: the change log's sequence lock is held only until the commit.
        await changes?.recordBatch(
          run,
          changed.map((row) => row.id),
        );
      });
    }
    return { imported: changed.length, unchanged: rows.length - changed.length };
  }
}
