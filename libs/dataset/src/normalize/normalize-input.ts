import type { ParsedInput } from '../validation/parsed-input';
import type { ValidationContext } from '../validation/validation-context';
import { normalizeActors } from './normalize-actors';
import { checkRejectedRecords } from '../validation/rejected-records';
import { normalizeInteractions } from './normalize-interactions';
import { normalizePlaces } from './normalize-places';
import { normalizeRelations } from './normalize-relations';
import { normalizeSources } from './normalize-sources';
import type { NormalizedDataset, RelationRecord } from './records';

/**
 * One input's records, normalized; problems go to the context's issues. Without `withInteractions`
 * its interactions are left for {@link interactionWindows}.
 */
export function normalizeInput(
  { file, doc, dataset }: ParsedInput,
  context: ValidationContext,
  withInteractions = true,
): NormalizedDataset {
  const { places, locatedIn } = normalizePlaces(file, doc.places ?? [], context, dataset);
  // The records the schema rejected still have their references and dates checked: every problem in one run.
  checkRejectedRecords({ file, doc, dataset }, context);
  return {
    sources: normalizeSources(file, doc.sources ?? [], context, dataset),
    actors: normalizeActors(file, doc.actors ?? [], context, dataset),
    places,
    relations: [...locatedIn, ...normalizeRelations(file, doc.relations ?? [], context, dataset)],
    interactions: withInteractions ? normalizeInteractions(file, doc.interactions ?? [], context, dataset) : [],
  };
}

/** Keeps the first of relations with the same id: the same fact stated twice (a place's state and a located_in). */
export function distinctRelations(relations: readonly RelationRecord[]): RelationRecord[] {
  const ids = new Set<string>();
  return relations.filter((relation) => !ids.has(relation.id) && Boolean(ids.add(relation.id)));
}

/**
 * An input's interactions normalized `size` at a time, so a file of 50,000 holds a window's records
 * at once, not all of them. Records outside the window are passed as null: messages keep their index.
 */
export function* interactionWindows(
  { file, doc, dataset }: ParsedInput,
  context: ValidationContext,
  size: number,
): Generator<NormalizedDataset['interactions']> {
  const docs = doc.interactions ?? [];
  for (let start = 0; start < docs.length; start += size) {
    const window = docs.map((item, i) => (i >= start && i < start + size ? item : null));
    yield normalizeInteractions(file, window, context, dataset);
  }
}
