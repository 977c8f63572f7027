import { formatIssue, type ValidationIssue } from '@actorgraph/dataset';
import { DatasetLoader, summaryRows } from '@actorgraph/ingest';
import { Neo4jService } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Principal } from '../access/principal';
import { ChangeRecorder } from '../changes/change-recorder';
import { ChangeOperation } from '../changes/models/change-operation.enum';
import { ApiError, ApiErrorCode } from '../errors/api-error';
import { DatasetFormat } from './dto/dataset-format';
import type { LoadDatasetResult } from './models/load-dataset-result.model';

/** Issues are named after this, not after the temporary file: `content:12:7 actors[0].kind: …`. */
const CONTENT = 'content';
/** The most issues one error message lists; the count says how many there were. */
const ISSUES_SHOWN = 50;

function describeIssue(issue: ValidationIssue, file: string): string {
  return formatIssue({ ...issue, file: issue.file === file ? CONTENT : issue.file });
}

/**
 * loadDataset: the same validation and writer as `cli load`, for a dataset sent in the request. The loader
 * reads files, so the content goes to a private temporary file first; it is removed whatever happens.
 */
@Injectable()
export class LoadDatasetService {
  constructor(
    private readonly loader: DatasetLoader,
    private readonly neo4j: Neo4jService,
    private readonly changes: ChangeRecorder,
  ) {}

  async load(
    content: string,
    format: DatasetFormat,
    dryRun: boolean,
    principal: Principal | null,
  ): Promise<LoadDatasetResult> {
    const folder = await mkdtemp(join(tmpdir(), 'actorgraph-load-'));
    // Named "upload": the dataset name records get unless the content names one (`dataset:`).
    const file = join(folder, `upload.${format}`);
    try {
      await writeFile(file, content, { encoding: 'utf8', mode: 0o600 });
      const result = await this.loader.load([file], { dryRun, ignoreSourceFiles: true });
      if (!result.ok) {
        const shown = result.issues.slice(0, ISSUES_SHOWN).map((issue) => describeIssue(issue, file));
        const more = result.issues.length > ISSUES_SHOWN ? `\n… and ${result.issues.length - ISSUES_SHOWN} more` : '';
        throw new ApiError(
          ApiErrorCode.BAD_USER_INPUT,
          `${result.issues.length} error(s); nothing was written:\n${shown.join('\n')}${more}`,
          'content',
        );
      }
      const changedIds = Object.values(result.summary.changedIds).flat();
      if (!dryRun && changedIds.length > 0) {
        // The loader commits batch by batch, so the entry follows the load (the content itself is not kept).
        await this.neo4j.writeTransaction((run) =>
          this.changes.record(run, {
            operation: ChangeOperation.LOAD_DATASET,
            principal,
            targetIds: changedIds,
            input: { format, bytes: Buffer.byteLength(content) },
          }),
        );
      }
      return {
        dryRun: result.summary.dryRun,
        sections: summaryRows(result.summary).map(([section, created, updated, unchanged]) => ({
          section,
          created,
          updated,
          unchanged,
          changedIds: result.summary.changedIds[section as keyof typeof result.summary.changedIds],
        })),
        warnings: result.warnings.map((issue) => describeIssue(issue, file)),
      };
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }
}
