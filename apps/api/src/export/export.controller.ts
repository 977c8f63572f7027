import { KeyAuthenticator } from '@actorgraph/access';
import { APP_CONFIG, type AppConfig } from '@actorgraph/config';
import {
  ExportRequestError,
  ExportService,
  exportFile,
  isExportFormat,
  parseExportSelection,
  writeExport,
  EXPORT_FORMATS,
  type RawQuery,
} from '@actorgraph/export';
import { DatabaseError, DatabaseErrorCode } from '@actorgraph/neo4j';
import { Controller, Get, Inject, Logger, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { HttpApiError } from '../access/http-api-error';
import { ApiError, ApiErrorCode } from '../errors/api-error';
import { CostLedger, CostRateLimitedError } from '../cost/cost-ledger';
import { HeavyRequests } from '../isolation/heavy-requests';
import { requestScopeOf } from '../isolation/install-request-bounds';
import { checkExportAccess } from './export-access';
import { exportCost } from './export-cost';

const STATUS: Partial<Record<ApiErrorCode, number>> = {
  [ApiErrorCode.BAD_USER_INPUT]: 400,
  [ApiErrorCode.NOT_FOUND]: 404,
  [ApiErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ApiErrorCode.DATABASE_TIMEOUT]: 504,
  [ApiErrorCode.DATABASE_OVERLOADED]: 503,
  [ApiErrorCode.DATABASE_BUSY]: 503,
  [ApiErrorCode.REQUEST_TIMEOUT]: 504,
};

/**
 * `GET /export/<format>?<filters>`: the graph as GraphML, GEXF (`dynamic=true` for spells), Cytoscape.js
 * elements, graphology JSON, or one CSV file (`part=nodes|edges`). Filters are query parameters (see
 * parseExportSelection); none gives the whole graph. Streamed: written while Neo4j is read.
 */
@Controller('export')
export class ExportController {
  private readonly logger = new Logger(ExportController.name);

  constructor(
    private readonly exports: ExportService,
    private readonly authenticator: KeyAuthenticator,
    private readonly ledger: CostLedger,
    private readonly heavy: HeavyRequests,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':format')
  async export(
    @Param('format') format: string,
    @Query() query: RawQuery,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    try {
      await checkExportAccess(request, this.authenticator, this.config);
      if (!isExportFormat(format)) {
        throw new ApiError(ApiErrorCode.NOT_FOUND, `format: one of ${EXPORT_FORMATS.join(', ')}`, 'format');
      }
      const options = { dynamic: flagParam(query, 'dynamic'), part: csvPart(format, query) };
      const selection = parseExportSelection(query);
      // A heavy read: priced before it runs, against the client's per-minute allowance (429 RATE_LIMITED past it).
      await this.ledger.charge(request, exportCost(selection));
      // … and it takes its turn among the heavy requests, like a heavy GraphQL one.
      const scope = requestScopeOf(request);
      if (scope) await this.heavy.admit(scope);
      const prepared = await this.exports.prepare(selection);
      const chunks = writeExport(prepared.graph, format, options);
      // The first chunk is read before answering, so an error reaching Neo4j still gets its status code.
      const first = await chunks.next();
      const file = exportFile(format, options);
      reply
        .status(200)
        .header('content-type', file.mediaType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('x-actorgraph-truncated', String(prepared.truncated));
      await reply.send(Readable.from(prepend(first, chunks)));
    } catch (error) {
      await this.fail(reply, error);
    }
  }

  private async fail(reply: FastifyReply, error: unknown): Promise<void> {
    // Past its deadline the request was answered REQUEST_TIMEOUT already (isolation/install-request-bounds.ts).
    if (reply.sent) return;
    const { code, message, status, argument } = describeError(error);
    if (status >= 500) this.logger.error(`export failed: ${String(error)}`);
    await reply
      .status(status)
      .header('content-type', 'application/json; charset=utf-8')
      .send({ errors: [{ message, extensions: { code, ...(argument ? { argument } : {}) } }] });
  }
}

async function* prepend(first: IteratorResult<string>, rest: AsyncGenerator<string>): AsyncGenerator<string> {
  if (!first.done) yield first.value;
  yield* rest;
}

function flagParam(query: RawQuery, name: string): boolean {
  const value = query[name];
  const text = Array.isArray(value) ? value[value.length - 1] : value;
  return text === 'true' || text === '1' || text === 'yes';
}

function csvPart(format: string, query: RawQuery): 'nodes' | 'edges' | undefined {
  if (format !== 'csv') return undefined;
  const part = query['part'];
  if (part === 'nodes' || part === 'edges') return part;
  throw new ApiError(
    ApiErrorCode.BAD_USER_INPUT,
    'part: CSV comes as two files; ask for part=nodes and part=edges',
    'part',
  );
}

function describeError(error: unknown): { code: string; message: string; status: number; argument?: string } {
  if (error instanceof HttpApiError) return { code: error.code, message: error.message, status: error.statusCode };
  if (error instanceof CostRateLimitedError) return { code: error.code, message: error.message, status: 429 };
  if (error instanceof ExportRequestError) {
    return { code: ApiErrorCode.BAD_USER_INPUT, message: error.message, status: 400, argument: error.argument };
  }
  if (error instanceof ApiError) {
    return { code: error.code, message: error.message, status: STATUS[error.code] ?? 400, argument: error.argument };
  }
  if (error instanceof DatabaseError) {
    const internal = error.code === DatabaseErrorCode.INTERNAL;
    const status = error.code === DatabaseErrorCode.TIMEOUT ? 504 : internal ? 500 : 503;
    return {
      code: internal ? ApiErrorCode.INTERNAL_SERVER_ERROR : error.code,
      message: internal ? 'Internal server error' : error.message,
      status,
    };
  }
  return { code: ApiErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error', status: 500 };
}
