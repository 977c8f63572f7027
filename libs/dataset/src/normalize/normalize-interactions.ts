import { InteractionKind } from '@actorgraph/graph';
import type { DatasetFile } from '../files/dataset-file';
import type { InteractionDoc } from '../format/dataset-document';
import type { ValidationContext } from '../validation/validation-context';
import type { IndexedRecord } from '../validation/reference-index';
import type { InteractionRecord } from './records';

function ids(records: (IndexedRecord | null)[], type: 'actor' | 'place'): string[] {
  return [...new Set(records.filter((r): r is IndexedRecord => r?.type === type).map((r) => r.id))];
}

export function normalizeInteractions(
  file: DatasetFile,
  docs: readonly (InteractionDoc | null)[],
  ctx: ValidationContext,
  dataset: string,
): InteractionRecord[] {
  return docs.flatMap((doc, i) => {
    if (!doc) return [];
    const at = (...path: (string | number)[]) => ['interactions', i, ...path];
    const refs = (field: 'initiators' | 'targets' | 'mentions', allowed: ('actor' | 'place')[]) =>
      (doc[field] ?? []).map((ref, j) => ctx.resolve(file, at(field, j), ref, allowed));
    const initiators = refs('initiators', ['actor']);
    const targets = refs('targets', ['actor', 'place']);
    const mentions = refs('mentions', ['actor', 'place']);
    const place = doc.place ? ctx.resolve(file, at('place'), doc.place, ['place']) : null;
    const date = ctx.date(file, at('date'), doc.date);
    const until = doc.until ? ctx.date(file, at('until'), doc.until) : null;
    if (date && until && until.end < date.start)
      ctx.report(file, at('until'), `ends (${doc.until}) before it starts (${doc.date})`);
    const evidence = ctx.evidence(file, at('evidence'), doc.evidence);
    if (!date || initiators.includes(null) || targets.includes(null) || mentions.includes(null)) return [];
    return [
      {
        id: doc.id,
        kind: doc.kind.toUpperCase() as InteractionKind,
        date: date.value,
        datePrecision: date.precision,
        until: until?.value ?? null,
        dateStart: date.start,
        dateEnd: until?.end ?? date.end,
        summary: doc.summary,
        amount: doc.amount ?? null,
        cameo: doc.cameo ?? null,
        dataset,
        initiators: ids(initiators, 'actor'),
        targetActors: ids(targets, 'actor'),
        targetPlaces: ids(targets, 'place'),
        mentionActors: ids(mentions, 'actor'),
        mentionPlaces: ids(mentions, 'place'),
        place: place?.id ?? null,
        evidence: evidence.items,
        quotes: evidence.quotes,
      },
    ];
  });
}
