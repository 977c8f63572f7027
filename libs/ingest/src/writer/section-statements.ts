import { ACTOR_KIND_LABEL, ParticipationType } from '@actorgraph/graph';
import type { CypherQuery, Neo4jService, QueryRunner } from '@actorgraph/neo4j';
import type { NetworkMaintainer } from '@actorgraph/network';
import { DATASET_SECTIONS, type DatasetSection } from '@actorgraph/dataset';
import { interactionLinks } from './interaction-links';
import {
  INTERACTION_KIND_LABELS,
  interactionFactsOfRow,
  interactionUpsertRow,
  UPSERT_INTERACTIONS,
  UPSERT_RELATIONS,
} from './interaction-upsert';
import type { WriteRow } from './write-rows';

const byName = (neo4j: Neo4jService, name: (s: DatasetSection) => string) =>
  Object.fromEntries(DATASET_SECTIONS.map((s) => [s, neo4j.queries.require(name(s))])) as Record<
    DatasetSection,
    CypherQuery
  >;

/**
 * The statements that write one section's rows: a content-hash look-up, and for rows not stored
 * yet a plain CREATE (interactions: nodes kind by kind, then each kind of link by id look-ups),
 * for the others an upsert that updates them in place. Interactions and relations are updated by the statements
 * every write path shares (write/upsert-*); interaction writes keep the who-spoke-to-whom projection exact in the
 * same transaction (docs/network.md).
 */
export class SectionStatements {
  private readonly existing: Record<DatasetSection, CypherQuery>;
  private readonly upsert: Record<DatasetSection, CypherQuery>;
  private readonly kindLabels: Partial<Record<DatasetSection, string[]>> = {
    actors: Object.values(ACTOR_KIND_LABEL),
    interactions: [...INTERACTION_KIND_LABELS],
  };
  private readonly q: Record<
    'createActors' | 'createNodes' | 'linkInitiators' | 'linkActors' | 'linkPlaces' | 'linkSources',
    CypherQuery
  >;

  constructor(
    private readonly neo4j: Neo4jService,
    private readonly network: NetworkMaintainer,
  ) {
    this.existing = byName(neo4j, (s) => `load/existing-${s}`);
    this.upsert = byName(neo4j, (s) =>
      s === 'interactions' ? UPSERT_INTERACTIONS : s === 'relations' ? UPSERT_RELATIONS : `load/upsert-${s}`,
    );
    const load = (name: string) => neo4j.queries.require(`load/${name}`);
    this.q = {
      createActors: load('create-actors'),
      createNodes: load('create-interaction-nodes'),
      linkInitiators: load('link-initiators'),
      linkActors: load('link-actors'),
      linkPlaces: load('link-places'),
      linkSources: load('link-sources'),
    };
  }

  /** The stored content hash of each row's record: null when the record is not stored. One query. */
  async storedHashes(section: DatasetSection, rows: readonly WriteRow[]): Promise<Map<string, string | null>> {
    const params =
      section === 'relations'
        ? { rows: rows.map((row) => ({ id: row.id, subject: row['subject'] })) }
        : { ids: rows.map((row) => row.id) };
    const found = await this.neo4j.read<{ id: string; hash: string | null }>(this.existing[section], params);
    return new Map(found.map(({ id, hash }) => [id, hash]));
  }

  /**
   * Writes rows of one section: `fresh` ones are known not to be stored, `stale` ones are. Interactions also
   * change the projection (unless `network` is false: benchmarks only).
   */
  async write(
    run: QueryRunner,
    section: DatasetSection,
    fresh: WriteRow[],
    stale: WriteRow[],
    network = true,
  ): Promise<void> {
    if (section === 'interactions') return this.writeInteractions(run, fresh, stale, network);
    if (section === 'actors' && fresh.length > 0) await run(this.q.createActors, { rows: fresh });
    else stale = [...fresh, ...stale];
    if (stale.length > 0) await run(this.upsert[section], { rows: stale, kindLabels: this.kindLabels[section] ?? [] });
  }

  /**
   * New interactions are added to the projection first (their pairs' relationships are updated before the batch's
   * nodes and links exist in the transaction: Neo4j updates a hub's relationships much more slowly once the same
   * transaction holds thousands of new links on it), then written; changed ones are read before and after their
   * update and their pairs recomputed.
   */
  private async writeInteractions(run: QueryRunner, fresh: WriteRow[], stale: WriteRow[], network: boolean) {
    const staleIds = stale.map((row) => row.id);
    const before = network ? await this.network.facts(run, staleIds) : [];
    if (network) await this.network.addNew(run, fresh.map(interactionFactsOfRow));
    await this.createInteractions(run, fresh);
    if (stale.length > 0) {
      await run(this.upsert.interactions, {
        rows: stale.map(interactionUpsertRow),
        kindLabels: INTERACTION_KIND_LABELS,
        keepEvidence: false,
      });
    }
    if (!network || stale.length === 0) return;
    await this.network.applyChange(run, before, await this.network.facts(run, staleIds));
  }

  private async createInteractions(run: QueryRunner, rows: WriteRow[]): Promise<void> {
    if (rows.length === 0) return;
    const byLabel = new Map<string, { props: unknown }[]>();
    for (const row of rows) {
      const label = row['label'] as string;
      const group = byLabel.get(label) ?? [];
      group.push({ props: row['props'] });
      byLabel.set(label, group);
    }
    for (const [label, group] of byLabel) await run(this.q.createNodes, { label, rows: group });
    const links = interactionLinks(rows);
    const steps: [CypherQuery, Record<string, unknown>][] = [
      [this.q.linkInitiators, { links: links.initiators }],
      [this.q.linkActors, { type: ParticipationType.DIRECTED_AT, links: links.targetActors }],
      [this.q.linkActors, { type: ParticipationType.MENTIONS, links: links.mentionActors }],
      [this.q.linkPlaces, { type: ParticipationType.DIRECTED_AT, links: links.targetPlaces }],
      [this.q.linkPlaces, { type: ParticipationType.MENTIONS, links: links.mentionPlaces }],
      [this.q.linkPlaces, { type: ParticipationType.OCCURRED_IN, links: links.places }],
      [this.q.linkSources, { links: links.evidence }],
    ];
    for (const [query, params] of steps) if ((params['links'] as unknown[]).length > 0) await run(query, params);
  }
}
