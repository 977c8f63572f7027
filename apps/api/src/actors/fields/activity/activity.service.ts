import {
  buildSeries,
  interactionMeasures,
  periodOf,
  seriesWindow,
  type Granularity,
  type InteractionFilter,
  type InteractionScoreFacts,
  type SeriesPoint,
} from '@actorgraph/graph';
import { Neo4jService, type CypherQueries, type QueryRunner } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { ApiError, ApiErrorCode } from '../../../errors/api-error';
import { DATA_VERSION_QUERIES, readDataVersion } from '../../../interaction-filter/data-version';
import { ReusedAnswers } from '../../../interaction-filter/reused-answers';
import { withTextHits } from '../../../interaction-filter/where-params';
import { whereParams } from '../../../dyads/fields/dyad-pair-reader';
import type { ActorRole } from '../dto/actor-role.enum';

type ActivityRow = InteractionScoreFacts & { dateStart: string; dateEnd: string };

/**
 * Actor.activity: an actor's interactions per period (cypher/queries/actors/fields/activity.cypher). A hub's activity
 * reads each of its interactions (seconds at 1M interactions), so an answer is reused until the data changes
 * (readDataVersion), and the same one asked meanwhile waits for it.
 */
@Injectable()
export class ActivityService {
  private readonly queries: CypherQueries<'query' | 'textHits' | keyof typeof DATA_VERSION_QUERIES>;
  private readonly reused = new ReusedAnswers();

  constructor(private readonly neo4j: Neo4jService) {
    this.queries = neo4j.queries.requireAll({
      query: 'actors/fields/activity',
      textHits: 'interactions/text-hits',
      ...DATA_VERSION_QUERIES,
    });
  }

  /** The reuse counters (tests read them). */
  get reuse(): ReusedAnswers['stats'] {
    return this.reused.stats;
  }

  activity(
    actorId: string,
    role: ActorRole,
    filter: InteractionFilter,
    granularity: Granularity,
  ): Promise<SeriesPoint[]> {
    return this.neo4j.namedReadTransaction('Actor.activity', async (run) => {
      const version = await readDataVersion(run, this.queries);
      const key = JSON.stringify([actorId, role, filter, granularity]);
      return this.reused.get(version, key, () => this.read(run, actorId, role, filter, granularity));
    });
  }

  private async read(
    run: QueryRunner,
    actorId: string,
    role: ActorRole,
    filter: InteractionFilter,
    granularity: Granularity,
  ): Promise<SeriesPoint[]> {
    const where = await withTextHits(run, this.queries.textHits, whereParams(filter));
    const rows = await run<ActivityRow>(this.queries.query, { actorId, role, where });
    const groups = rows.map((row) => ({
      ...interactionMeasures(row),
      kind: row.kind,
      start: periodOf(row.dateStart, granularity),
      end: periodOf(row.dateEnd, granularity),
    }));
    try {
      return buildSeries(groups, seriesWindow(filter.from, filter.to, granularity), granularity);
    } catch (error) {
      if (error instanceof RangeError) throw new ApiError(ApiErrorCode.BAD_USER_INPUT, error.message, 'granularity');
      throw error;
    }
  }
}
