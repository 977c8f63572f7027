import { int, Neo4jService, type CypherQuery } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { toConnection, type Connection } from '../common/pagination/connection';
import { ApiError, ApiErrorCode } from '../errors/api-error';
import type { ChangeWhere } from './dto/change-where.input';
import type { Change } from './models/change.model';

/** An ISO date or instant as a UTC instant Neo4j parses; a malformed one is the client's error. */
function instant(value: string | null | undefined, argument: string): string | null {
  if (!value) return null;
  const parsed = /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(value) : new Date(NaN);
  if (Number.isNaN(parsed.getTime())) {
    throw new ApiError(ApiErrorCode.BAD_USER_INPUT, `${argument} must be an ISO 8601 date or instant`, argument);
  }
  return parsed.toISOString();
}

@Injectable()
export class ChangesService {
  private readonly changesQuery: CypherQuery;

  constructor(private readonly neo4j: Neo4jService) {
    this.changesQuery = neo4j.queries.require('changes/changes');
  }

  async changes(where: ChangeWhere | null | undefined, offset: number, first: number): Promise<Connection<Change>> {
    const [row] = await this.neo4j.read<{ totalCount: number; changes: Change[] }>(this.changesQuery, {
      operation: where?.operation ?? null,
      by: where?.by ?? null,
      targetId: where?.targetId ?? null,
      loadId: where?.loadId ?? null,
      since: instant(where?.since, 'where.since'),
      until: instant(where?.until, 'where.until'),
      skip: int(offset),
      limit: int(first),
    });
    return toConnection(row?.changes ?? [], offset, first, row?.totalCount ?? 0);
  }
}
