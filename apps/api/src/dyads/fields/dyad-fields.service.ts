import {
  buildSeries,
  reciprocity,
  seriesWindow,
  totalBalance,
  type Balance,
  type Granularity,
  type Reciprocity,
  type SeriesPoint,
} from '@actorgraph/graph';
import { Neo4jService } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { ApiError, ApiErrorCode } from '../../errors/api-error';
import type { DyadContext } from './dyad-context';
import { DyadPairReader } from './dyad-pair-reader';

/** Dyad.series, Dyad.balance and Dyad.reciprocity: one dyad's interactions under the filter that listed it. */
@Injectable()
export class DyadFieldsService {
  private readonly reader: DyadPairReader;

  constructor(private readonly neo4j: Neo4jService) {
    this.reader = new DyadPairReader(neo4j.queries);
  }

  /** One point per period of the filter's window (else of the dyad's first to last period), zeros included. */
  series(sourceId: string, targetId: string, context: DyadContext, granularity: Granularity): Promise<SeriesPoint[]> {
    return this.neo4j.namedReadTransaction('Dyad.series', async (run) => {
      const { rows } = await this.reader.read(run, sourceId, targetId, context, granularity);
      try {
        return buildSeries(rows, seriesWindow(context.filter.from, context.filter.to, granularity), granularity);
      } catch (error) {
        if (error instanceof RangeError) throw new ApiError(ApiErrorCode.BAD_USER_INPUT, error.message, 'granularity');
        throw error;
      }
    });
  }

  balance(sourceId: string, targetId: string, context: DyadContext): Promise<Balance> {
    return this.neo4j.namedReadTransaction('Dyad.balance', async (run) =>
      totalBalance((await this.reader.read(run, sourceId, targetId, context, null)).rows),
    );
  }

  reciprocity(sourceId: string, targetId: string, context: DyadContext): Promise<Reciprocity> {
    return this.neo4j.namedReadTransaction('Dyad.reciprocity', async (run) => {
      const facts = await this.reader.read(run, sourceId, targetId, context, null);
      return reciprocity(facts.forwardDirected, facts.reverseDirected);
    });
  }
}
