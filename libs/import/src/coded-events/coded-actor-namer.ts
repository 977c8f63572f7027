import { Neo4jService, type CypherQuery } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import type { ImportedEvent } from './import-records';

/** Actor ids renamed per statement. */
const NAME_BATCH = 1000;

/**
 * Names coded organizations the CAMEO codebook cannot name by the name their events wrote most often. An import
 * notes the actors of every event it maps ({@link CodedActorNamer.tracker}); after the file is written, the
 * actors it touched are named from the graph (so a re-import, or an overlapping file, changes nothing). Holds one
 * id per distinct actor code of the file, not per row.
 */
@Injectable()
export class CodedActorNamer {
  private readonly query: CypherQuery;

  constructor(private readonly neo4j: Neo4jService) {
    this.query = neo4j.queries.require('import/name-coded-actors');
  }

  /** A tracker for one import: `note` each mapped event, then `flush` once the events are written. */
  tracker(): { note: (event: ImportedEvent) => ImportedEvent; flush: () => Promise<number> } {
    const ids = new Set<string>();
    return {
      note: (event) => {
        for (const actor of event.actors) if (actor.create['nameFrom'] === 'most-frequent') ids.add(actor.id);
        return event;
      },
      flush: async () => {
        const all = [...ids];
        ids.clear();
        let renamed = 0;
        for (let at = 0; at < all.length; at += NAME_BATCH) {
          const [row] = await this.neo4j.write<{ renamed: number }>(this.query, {
            ids: all.slice(at, at + NAME_BATCH),
          });
          renamed += Number(row?.renamed ?? 0);
        }
        return renamed;
      },
    };
  }
}
