import { foldName } from '@actorgraph/graph';
import {
  recordReferences,
  replaceReferences,
  validateRecord,
  type KnownRecord,
  type RecordInput,
  type RecordValidation,
} from '@actorgraph/dataset';
import { Neo4jService, type CypherQuery, type QueryRunner } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { ApiError, ApiErrorCode } from '../errors/api-error';

type Checked<R> = { ok: true; record: R } | { ok: false; error: ApiError };

export interface CheckOptions {
  /** The argument a field of the record comes from: `input.date` by default. */
  at?: (path: string) => string;
  /** Stored records to leave out, e.g. the actor being merged away, whose names move to the kept one. */
  ignoreIds?: readonly string[];
}

interface FoundRow extends KnownRecord {
  ref: string;
  merged: boolean;
}

/**
 * The dataset loader's validation for one record a curator writes, with the records it references looked
 * up in the same transaction. References to an old id of a merged actor are read as the kept actor.
 */
@Injectable()
export class RecordChecker {
  private readonly findQuery: CypherQuery;

  constructor(neo4j: Neo4jService) {
    this.findQuery = neo4j.queries.require('curation/find-references');
  }

  async check<R extends Extract<RecordValidation, { ok: true }>['record']>(
    run: QueryRunner,
    input: RecordInput,
    dataset: string,
    options: CheckOptions = {},
  ): Promise<Checked<R>> {
    const at = options.at ?? ((path: string) => (path ? `input.${path}` : 'input'));
    const references = recordReferences(input);
    const names = input.section === 'actors' ? [input.doc.name, ...(input.doc.aliases ?? [])] : [];
    const refs = [...references.map((r) => r.ref), ...names].map((ref) => ({ ref, key: foldName(ref) }));
    const rows = refs.length > 0 ? await run<FoundRow>(this.findQuery, { refs }) : [];
    const mergedInto = new Map(rows.filter((row) => row.merged).map((row) => [row.ref, row.id]));
    const ignored = new Set(options.ignoreIds ?? []);
    const known = [...new Map(rows.filter((row) => !ignored.has(row.id)).map((row) => [row.id, row])).values()];
    const result = validateRecord(replaceReferences(input, mergedInto), dataset, known);
    if (result.ok) return { ok: true, record: result.record as R };

    const message = result.issues.map((issue) => `${at(issue.path)}: ${issue.message}`).join('; ');
    const unknown = references.find((r) => result.unresolved.includes(r.ref));
    if (unknown) return { ok: false, error: new ApiError(ApiErrorCode.NOT_FOUND, message, at(unknown.path)) };
    return { ok: false, error: new ApiError(ApiErrorCode.BAD_USER_INPUT, message, at(result.issues[0]?.path ?? '')) };
  }
}
