import { ACTOR_KIND_LABEL, interactionLabel } from '@actorgraph/graph';
import { INTERACTION_KIND_LABELS, UPSERT_INTERACTIONS, type InteractionUpsertRow } from '@actorgraph/ingest';
import { int, Neo4jService, type CypherQueries } from '@actorgraph/neo4j';
import { NetworkMaintainer } from '@actorgraph/network';
import type { BatchChangeSink } from '@actorgraph/change-log';
import { Injectable } from '@nestjs/common';
import { contentHash } from '@actorgraph/dataset';
import type { ImportedEvent, ImportSource, PropertyValue } from './import-records';

/** Counts properties that are integers in the source data, so Neo4j stores them as integers, not floats. */
const INTEGER_PROPS = new Set([
  'quadClass',
  'numMentions',
  'numSources',
  'numArticles',
  'sentenceNumber',
  'sentence',
  'sentenceId',
  'confidence',
  'mentionType',
]);

function withIntegers(props: Record<string, PropertyValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    out[key] = INTEGER_PROPS.has(key) && typeof value === 'number' && Number.isInteger(value) ? int(value) : value;
  }
  return out;
}

/** A mention to add as evidence to an event already in the graph. */
export interface MentionEvidence {
  interaction: string;
  source: ImportSource;
  /** What the REPORTED_IN edge carries: quote, source name, URL, sentence id, confidence. */
  props: Record<string, PropertyValue>;
}

/**
 * Writes batches of coded events with `UNWIND … MERGE`, one transaction per batch. Each event's content
 * hash is stored on its interaction; a row whose hash is already there is not written again, so
 * re-importing a file (or an overlapping one) writes nothing and reports every row unchanged.
 */
@Injectable()
export class ImportWriter {
  private readonly queries: CypherQueries<'hashes' | 'actors' | 'places' | 'sources' | 'interactions' | 'mentions'>;

  constructor(
    private readonly neo4j: Neo4jService,
    private readonly network: NetworkMaintainer,
  ) {
    this.queries = neo4j.queries.requireAll({
      hashes: 'import/interaction-hashes',
      actors: 'import/merge-actors',
      places: 'import/merge-places',
      sources: 'import/merge-sources',
      interactions: UPSERT_INTERACTIONS,
      mentions: 'import/add-mentions',
    });
  }

  /** Writes the events whose content changed; returns how many were written and how many were unchanged. */
  async writeEvents(
    events: readonly ImportedEvent[],
    changes?: BatchChangeSink,
  ): Promise<{ imported: number; unchanged: number }> {
    const byId = new Map<string, { event: ImportedEvent; hash: string }>();
    for (const event of events) byId.set(event.interaction.id, { event, hash: contentHash(event) });
    const stored = await this.neo4j.read<{ id: string; hash: string | null }>(this.queries.hashes, {
      ids: [...byId.keys()],
    });
    const storedHash = new Map(stored.map(({ id, hash }) => [id, hash]));
    const changed = [...byId.values()].filter(({ hash, event }) => storedHash.get(event.interaction.id) !== hash);
    if (changed.length > 0) await this.writeChanged(changed, changes);
    return { imported: changed.length, unchanged: events.length - changed.length };
  }

  private async writeChanged(
    changed: { event: ImportedEvent; hash: string }[],
    changes: BatchChangeSink | undefined,
  ): Promise<void> {
    const actors = new Map<string, unknown>();
    const places = new Map<string, unknown>();
    const sources = new Map<string, unknown>();
    for (const { event } of changed) {
      for (const a of event.actors) {
        actors.set(a.id, { id: a.id, label: ACTOR_KIND_LABEL[a.kind], create: a.create, codes: a.codes });
      }
      if (event.place) places.set(event.place.id, { id: event.place.id, props: event.place.props });
      for (const s of event.sources) sources.set(s.id, { id: s.id, props: s.props });
    }
    // The rows every path writes interactions with; coded events have actor targets only and no mentions.
    const rows: InteractionUpsertRow[] = changed.map(({ event: { interaction: i }, hash }) => ({
      id: i.id,
      label: interactionLabel(i.kind),
      props: withIntegers({ ...i.props, contentHash: hash }),
      initiators: i.initiators,
      targetActors: i.targets,
      targetPlaces: [],
      mentionActors: [],
      mentionPlaces: [],
      place: i.place,
      evidence: i.evidence.map((e) => ({ source: e.source, props: withIntegers(e.props) })),
    }));
    const ids = rows.map((row) => row.id);
    await this.neo4j.bulkWriteTransaction(async (run) => {
      const before = await this.network.facts(run, ids);
      await run(this.queries.actors, { rows: [...actors.values()] });
      await run(this.queries.places, { rows: [...places.values()] });
      await run(this.queries.sources, { rows: [...sources.values()] });
      // Evidence is merged, not drawn again, so what a Mentions import added stays.
      await run(this.queries.interactions, { rows, kindLabels: INTERACTION_KIND_LABELS, keepEvidence: true });
      await this.network.applyChange(run, before, await this.network.facts(run, ids));
      // Last: the change log's sequence lock is held only until the commit.
      await changes?.recordBatch(run, ids);
    });
  }

  /**
   * Adds mentions as REPORTED_IN evidence; mentions of events not in the graph are counted as unmatched. Evidence
   * is not part of the who-spoke-to-whom projection, which this leaves as it is.
   */
  async addMentions(
    mentions: readonly MentionEvidence[],
    changes?: BatchChangeSink,
  ): Promise<{ linked: number; present: number; unmatched: number }> {
    const rows = mentions.map((m) => ({
      interaction: m.interaction,
      source: { id: m.source.id, props: m.source.props },
      props: withIntegers(m.props),
    }));
    // One transaction: the evidence and the change-log entry naming the interactions it was written to.
    const result = await this.neo4j.bulkWriteTransaction(async (run) => {
      const [added] = await run<{ linked: number; present: number; interactions: string[] }>(this.queries.mentions, {
        rows,
      });
      await changes?.recordBatch(run, added?.interactions ?? []);
      return added;
    });
    const linked = result?.linked ?? 0;
    const present = result?.present ?? 0;
    return { linked, present, unmatched: mentions.length - linked - present };
  }
}
