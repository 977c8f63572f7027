import type { DatasetFile } from '../files/dataset-file';
import { sourceTextDigest } from '../validation/quote-matcher';
import type { SourceDoc } from '../format/dataset-document';
import type { ValidationContext } from '../validation/validation-context';
import type { SourceRecord } from './records';

export function normalizeSources(
  file: DatasetFile,
  docs: readonly (SourceDoc | null)[],
  ctx: ValidationContext,
  dataset: string,
): SourceRecord[] {
  return docs.flatMap((doc, i) => {
    if (!doc) return [];
    if (doc.publishedAt) ctx.date(file, ['sources', i, 'publishedAt'], doc.publishedAt);
    const text = ctx.sourceText(doc.id);
    return [
      {
        id: doc.id,
        title: doc.title,
        publisher: doc.publisher ?? null,
        url: doc.url ?? null,
        publishedAt: doc.publishedAt ?? null,
        dataset,
        text,
        textDigest: text === null ? null : sourceTextDigest(text),
      },
    ];
  });
}
