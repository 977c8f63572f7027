import { DATASET_SECTIONS } from '../format/dataset-document';
import type { ParsedInput } from './parsed-input';
import type { RecordType } from './reference-index';
import type { ValidationContext } from './validation-context';

type Raw = Record<string, unknown>;

/** The reference fields of a record, by section: field → what it may name (lists and single references alike). */
const REFERENCE_FIELDS: Record<string, Record<string, RecordType[]>> = {
  interactions: { initiators: ['actor'], targets: ['actor', 'place'], mentions: ['actor', 'place'], place: ['place'] },
  relations: { subject: ['actor', 'place'], object: ['actor', 'place'], accreditedTo: ['actor'] },
  places: { state: ['actor'] },
  actors: {},
  sources: {},
};

const DATE_FIELDS = ['date', 'until'];
// Dates the schema's pattern lets through: whatever else is wrong with them (month 13) is the parser's to say.
const DATE_FORM = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * The records the schema rejected are left out of normalization (they would not make a record), so their other
 * mistakes — unknown references, impossible dates, unknown sources of evidence — would only show once the
 * schema's were fixed. This checks those fields of each rejected record wherever they are well-typed, so one run
 * reports every problem of every kind.
 */
export function checkRejectedRecords({ file, doc }: ParsedInput, context: ValidationContext): void {
  const data = (file.data ?? {}) as Raw;
  for (const section of DATASET_SECTIONS) {
    const raw = data[section];
    const kept = (doc as unknown as Raw)[section];
    if (!Array.isArray(raw)) continue;
    raw.forEach((item: unknown, i) => {
      if (!item || typeof item !== 'object' || (Array.isArray(kept) && kept[i] !== null)) return;
      const record = item as Raw;
      const at = (...path: (string | number)[]) => [section, i, ...path];
      for (const [field, allowed] of Object.entries(REFERENCE_FIELDS[section] ?? {})) {
        const value = record[field];
        if (typeof value === 'string') context.resolve(file, at(field), value, allowed);
        if (Array.isArray(value))
          value.forEach((ref, j) => typeof ref === 'string' && context.resolve(file, at(field, j), ref, allowed));
      }
      for (const field of DATE_FIELDS) {
        const value = record[field];
        if (typeof value === 'string' && DATE_FORM.test(value)) context.date(file, at(field), value);
      }
      const evidence = record['evidence'];
      if (Array.isArray(evidence))
        evidence.forEach((item: unknown, j) => {
          const source = item && typeof item === 'object' ? (item as Raw)['source'] : undefined;
          if (typeof source === 'string') context.resolve(file, at('evidence', j, 'source'), source, ['source']);
        });
    });
  }
}
