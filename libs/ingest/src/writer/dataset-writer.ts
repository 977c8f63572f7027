import { ACTOR_KIND_LABEL, INTERACTION_KIND_INFO } from '@actorgraph/graph';
import { Neo4jService, type CypherQuery, type QueryRunner } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import type { DatasetSection } from '../dataset/dataset-document';
import type { NormalizedDataset } from '../normalize/records';
import { emptySummary, type LoadSummary } from './load-summary';
import { writeRows, type WriteRow } from './write-rows';

export interface WriteOptions {
  dryRun?: boolean;
  /** Rows per `UNWIND` statement. */
  batchSize?: number;
  /** Up to this many changed rows are written in one transaction (all or nothing); more go batch by batch. */
  atomicLimit?: number;
  onProgress?: (progress: { section: DatasetSection; done: number; total: number }) => void;
}

const CHANGED_IDS_SHOWN = 20;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Writes a validated dataset with batched `UNWIND … MERGE`. Rows whose content
 * hash is already stored are skipped, so a re-load writes nothing and reports
 * every record unchanged.
 */
@Injectable()
export class DatasetWriter {
  private readonly existing: Record<DatasetSection, CypherQuery>;
  private readonly upsert: Record<DatasetSection, CypherQuery>;
  /** Sections with a create-only query for records not stored yet: no delete or relabel steps, much faster. */
  private readonly create: Partial<Record<DatasetSection, CypherQuery>>;
  private readonly kindLabels: Partial<Record<DatasetSection, string[]>> = {
    actors: Object.values(ACTOR_KIND_LABEL),
    interactions: Object.values(INTERACTION_KIND_INFO).map((info) => info.label),
  };

  constructor(private readonly neo4j: Neo4jService) {
    const sections: DatasetSection[] = ['sources', 'actors', 'places', 'relations', 'interactions'];
    this.existing = Object.fromEntries(sections.map((s) => [s, neo4j.queries.require(`load/existing-${s}`)])) as Record<
      DatasetSection,
      CypherQuery
    >;
    this.upsert = Object.fromEntries(sections.map((s) => [s, neo4j.queries.require(`load/upsert-${s}`)])) as Record<
      DatasetSection,
      CypherQuery
    >;
    this.create = { interactions: neo4j.queries.require('load/create-interactions') };
  }

  async write(dataset: NormalizedDataset, options: WriteOptions = {}): Promise<LoadSummary> {
    const batchSize = options.batchSize ?? 1000;
    const summary = emptySummary(options.dryRun ?? false);
    const pending: [DatasetSection, WriteRow[]][] = [];
    const isNew = new Set<WriteRow>();
    for (const [section, rows] of writeRows(dataset)) {
      const stored = await this.storedHashes(section, rows, batchSize);
      const changed = rows.filter((row) => stored.get(row.id) !== row.hash);
      for (const row of changed) if (stored.get(row.id) == null) isNew.add(row);
      const counts = summary.sections[section];
      for (const row of rows) {
        const hash = stored.get(row.id);
        if (hash === undefined || hash === null) counts.created += 1;
        else if (hash !== row.hash) counts.updated += 1;
        else counts.unchanged += 1;
      }
      summary.changedIds[section] = changed.slice(0, CHANGED_IDS_SHOWN).map((row) => row.id);
      pending.push([section, changed]);
    }
    if (summary.dryRun) return summary;

    const total = pending.reduce((n, [, rows]) => n + rows.length, 0);
    const writeSection = async (run: QueryRunner, section: DatasetSection, batch: WriteRow[]) => {
      const create = this.create[section];
      const fresh = create ? batch.filter((row) => isNew.has(row)) : [];
      const stale = create ? batch.filter((row) => !isNew.has(row)) : batch;
      if (create && fresh.length > 0) await run(create, { rows: fresh });
      if (stale.length > 0)
        await run(this.upsert[section], { rows: stale, kindLabels: this.kindLabels[section] ?? [] });
    };
    if (total <= (options.atomicLimit ?? 20_000)) {
      // Small enough to be all or nothing.
      await this.neo4j.writeTransaction(async (run) => {
        for (const [section, rows] of pending) {
          for (const batch of chunks(rows, batchSize)) await writeSection(run, section, batch);
          options.onProgress?.({ section, done: rows.length, total: rows.length });
        }
      });
      return summary;
    }
    // Large loads go batch by batch; every batch is idempotent, so an interrupted load is simply run again.
    for (const [section, rows] of pending) {
      let done = 0;
      for (const batch of chunks(rows, batchSize)) {
        await this.neo4j.writeTransaction((run) => writeSection(run, section, batch));
        done += batch.length;
        options.onProgress?.({ section, done, total: rows.length });
      }
    }
    return summary;
  }

  private async storedHashes(
    section: DatasetSection,
    rows: WriteRow[],
    batchSize: number,
  ): Promise<Map<string, string | null>> {
    const stored = new Map<string, string | null>();
    for (const batch of chunks(rows, batchSize * 5)) {
      const params =
        section === 'relations'
          ? { rows: batch.map((row) => ({ id: row.id, subject: row['subject'] })) }
          : { ids: batch.map((row) => row.id) };
      const found = await this.neo4j.read<{ id: string; hash: string | null }>(this.existing[section], params);
      for (const { id, hash } of found) stored.set(id, hash);
    }
    return stored;
  }
}
