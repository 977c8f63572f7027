import { BULK_OPERATIONS, ChangeRecorder } from '@actorgraph/change-log';
import { formatIssue, textInput } from '@actorgraph/dataset';
import { DatasetLoader, summaryRows } from '@actorgraph/ingest';
import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal';
import { changeAuthor } from '../changes/change-author';
import { ApiError, ApiErrorCode } from '../errors/api-error';
import { DatasetFormat } from './dto/dataset-format';
import type { LoadDatasetResult } from './models/load-dataset-result.model';

/** Issues name the content so: `content:12:7 actors[0].kind: …`. */
const CONTENT = 'content';
/** The dataset name records get unless the content names one (`dataset:`). */
const UPLOAD = 'upload';
/** The most issues one error message lists; the count says how many there were. */
const ISSUES_SHOWN = 50;

/**
 * loadDataset: the same validation and writer as `cli load`, for a dataset sent in the request; the
 * loader reads the content from memory (nothing is written to disk).
 */
@Injectable()
export class LoadDatasetService {
  constructor(
    private readonly loader: DatasetLoader,
    private readonly changes: ChangeRecorder,
  ) {}

  async load(
    content: string,
    format: DatasetFormat,
    dryRun: boolean,
    principal: Principal | null,
  ): Promise<LoadDatasetResult> {
    const input = textInput(CONTENT, content, { json: format === DatasetFormat.JSON, dataset: UPLOAD });
    // Each write transaction of the load records the ids it wrote, in it (one entry for a load up to 20,000 records).
    const changes = this.changes.bulk(BULK_OPERATIONS.LOAD_DATASET, changeAuthor(principal), {
      format,
      bytes: Buffer.byteLength(content),
    });
    const result = await this.loader.load([input], { dryRun, ignoreSourceFiles: true, changes });
    if (!result.ok) {
      const shown = result.issues.slice(0, ISSUES_SHOWN).map((issue) => formatIssue(issue));
      const more = result.issues.length > ISSUES_SHOWN ? `\n… and ${result.issues.length - ISSUES_SHOWN} more` : '';
      throw new ApiError(
        ApiErrorCode.BAD_USER_INPUT,
        `${result.issues.length} error(s); nothing was written:\n${shown.join('\n')}${more}`,
        'content',
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
      warnings: result.warnings.map((issue) => formatIssue(issue)),
    };
  }
}
