import type { ChangeRecord } from '@actorgraph/change-log';
import { matchesInteraction, type FilterableInteraction, type InteractionFilter } from '@actorgraph/graph';
import { Neo4jService, type CypherQuery } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import type { Interaction } from '../graph-types/interaction.model';

/** The interaction map the API returns, as far as the filter reads it. */
interface InteractionRow {
  kind: string;
  dateStart: string;
  dateEnd: string;
  dataset?: string | null;
  summary?: string | null;
  initiators: { id: string }[];
  targets: { id: string }[];
  mentions: { id: string }[];
  place?: { id: string } | null;
  evidence: { quote: string | null; source: { id: string } }[];
}

/** What matchesInteraction (the one filter definition, libs/graph) reads of an interaction map. */
export function filterable(row: InteractionRow): FilterableInteraction {
  return {
    kind: row.kind,
    dateStart: row.dateStart,
    dateEnd: row.dateEnd,
    dataset: row.dataset ?? null,
    initiators: row.initiators.map((a) => a.id),
    targets: row.targets.map((t) => t.id),
    mentions: row.mentions.map((m) => m.id),
    place: row.place?.id ?? null,
    sources: row.evidence.map((e) => e.source.id),
    summary: row.summary ?? null,
    quotes: row.evidence.map((e) => e.quote),
  };
}

/** Entries whose interactions are kept for the other subscribers of this process (one read per entry). */
const KEPT = 64;

/** Reads the interactions a change wrote, once per change for all of this process's subscribers. */
@Injectable()
export class InteractionRecordedService {
  private readonly query: CypherQuery;
  private readonly recent = new Map<string, Promise<Interaction[]>>();

  constructor(private readonly neo4j: Neo4jService) {
    this.query = neo4j.queries.require('interaction-recorded/interactions');
  }

  async matching(change: ChangeRecord, filter: InteractionFilter): Promise<Interaction[]> {
    const all = await this.interactionsOf(change);
    return all.filter((i) => matchesInteraction(filter, filterable(i as unknown as InteractionRow)));
  }

  private interactionsOf(change: ChangeRecord): Promise<Interaction[]> {
    let read = this.recent.get(change.id);
    if (!read) {
      read = this.neo4j
        .read<{ interaction: Interaction }>(this.query, { ids: change.targetIds })
        .then((rows) => rows.map((row) => row.interaction));
      // A failed read is not kept: the feed retries the entry.
      read.catch(() => this.recent.delete(change.id));
      this.recent.set(change.id, read);
      if (this.recent.size > KEPT) this.recent.delete(this.recent.keys().next().value as string);
    }
    return read;
  }
}
