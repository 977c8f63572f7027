import { RelationType } from '@actorgraph/graph';
import type { DatasetFile } from '../files/dataset-file';
import type { RelationDoc } from '../format/dataset-document';
import type { ValidationContext } from '../validation/validation-context';
import type { IndexedRecord } from '../validation/reference-index';
import type { RelationRecord } from './records';
import { RELATION_ENDPOINTS, type EndpointKind } from './relation-endpoint-rules';

const endpointKind = (record: IndexedRecord): EndpointKind =>
  record.type === 'place' ? 'place' : (record.kind as EndpointKind);

export function normalizeRelations(
  file: DatasetFile,
  docs: readonly (RelationDoc | null)[],
  ctx: ValidationContext,
  dataset: string,
): RelationRecord[] {
  return docs.flatMap((doc, i) => {
    if (!doc) return [];
    const at = (field: string) => ['relations', i, field];
    const type = doc.type.toUpperCase() as RelationType;
    const rules = RELATION_ENDPOINTS[type];
    const subject = ctx.resolve(file, at('subject'), doc.subject, ['actor', 'place']);
    const object = ctx.resolve(file, at('object'), doc.object, ['actor', 'place']);
    for (const [field, record, allowed] of [
      ['subject', subject, rules.subject],
      ['object', object, rules.object],
    ] as const) {
      if (record && !allowed.includes(endpointKind(record))) {
        ctx.report(
          file,
          at(field),
          `the ${field} of ${doc.type} must be a ${allowed.join(' or ')}; "${record.id}" is a ${endpointKind(record)}`,
        );
      }
    }
    if (doc.lengthKm !== undefined && type !== RelationType.BORDERS)
      ctx.report(file, at('lengthKm'), 'lengthKm belongs to borders only');
    const accreditedTo = doc.accreditedTo ? ctx.resolve(file, at('accreditedTo'), doc.accreditedTo, ['actor']) : null;
    if (doc.accreditedTo && type !== RelationType.REPRESENTS)
      ctx.report(file, at('accreditedTo'), 'accreditedTo belongs to represents only');
    const from = doc.from ? ctx.date(file, at('from'), doc.from) : null;
    const to = doc.to ? ctx.date(file, at('to'), doc.to) : null;
    if (from && to && to.end < from.start)
      ctx.report(file, at('to'), `ends (${doc.to}) before it starts (${doc.from})`);
    const evidence = ctx.evidence(file, at('evidence'), doc.evidence);
    if (!subject || !object) return [];
    return [
      {
        id: doc.id ?? `relation:${doc.type}:${subject.id}:${object.id}${doc.from ? `:${doc.from}` : ''}`,
        type,
        subject: subject.id,
        object: object.id,
        role: doc.role ?? null,
        accreditedTo: accreditedTo?.id ?? null,
        lengthKm: doc.lengthKm ?? null,
        volume: doc.volume ?? null,
        negated: doc.negated ?? false,
        from: doc.from ?? null,
        to: doc.to ?? null,
        validFrom: from?.start ?? null,
        validTo: to?.end ?? null,
        sourceIds: evidence.sourceIds,
        quotes: evidence.quotes,
        dataset,
      },
    ];
  });
}
