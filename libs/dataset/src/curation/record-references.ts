import type { RecordInput } from './validate-record';

/** A reference a record makes, and where (`initiators[0]`, `evidence[1].source`). */
export interface RecordReference {
  readonly path: string;
  readonly ref: string;
}

const LIST_FIELDS = ['initiators', 'targets', 'mentions'] as const;
const SINGLE_FIELDS = ['place', 'subject', 'object', 'accreditedTo'] as const;

/** Every reference the record makes to other records, in field order. */
export function recordReferences({ doc }: RecordInput): RecordReference[] {
  const fields = doc as unknown as Record<string, unknown>;
  const out: RecordReference[] = [];
  for (const field of LIST_FIELDS) {
    const list = fields[field];
    if (Array.isArray(list))
      list.forEach((ref, i) => typeof ref === 'string' && out.push({ path: `${field}[${i}]`, ref }));
  }
  for (const field of SINGLE_FIELDS) {
    const ref = fields[field];
    if (typeof ref === 'string') out.push({ path: field, ref });
  }
  (doc.evidence ?? []).forEach((item, i) => out.push({ path: `evidence[${i}].source`, ref: item.source }));
  return out;
}

/** The record with each reference found in `replacements` replaced (an old id of a merged actor by the kept one). */
export function replaceReferences<T extends RecordInput>(input: T, replacements: ReadonlyMap<string, string>): T {
  if (replacements.size === 0) return input;
  const swap = (ref: string) => replacements.get(ref) ?? ref;
  const doc = { ...(input.doc as unknown as Record<string, unknown>) };
  for (const field of LIST_FIELDS) if (Array.isArray(doc[field])) doc[field] = (doc[field] as string[]).map(swap);
  for (const field of SINGLE_FIELDS) if (typeof doc[field] === 'string') doc[field] = swap(doc[field] as string);
  return { ...input, doc } as T;
}
