import { foldName, latinNames, PlaceKind, RelationType } from '@actorgraph/graph';
import type { DatasetFile } from '../files/dataset-file';
import type { PlaceDoc } from '../format/dataset-document';
import type { ValidationContext } from '../validation/validation-context';
import type { PlaceRecord, RelationRecord } from './records';

/** Places, and the LOCATED_IN relation their `state` field states. */
export function normalizePlaces(
  file: DatasetFile,
  docs: readonly (PlaceDoc | null)[],
  ctx: ValidationContext,
  dataset: string,
): { places: PlaceRecord[]; locatedIn: RelationRecord[] } {
  const locatedIn: RelationRecord[] = [];
  const places = docs.flatMap((doc, i) => {
    if (!doc) return [];
    const evidence = ctx.evidence(file, ['places', i, 'evidence'], doc.evidence);
    if (doc.state) {
      const state = ctx.resolve(file, ['places', i, 'state'], doc.state, ['actor']);
      if (state && state.kind !== 'state') {
        ctx.report(file, ['places', i, 'state'], `"${doc.state}" is a ${state.kind}, not a state`);
      } else if (state) {
        locatedIn.push({
          id: `relation:located-in:${doc.id}:${state.id}`,
          type: RelationType.LOCATED_IN,
          subject: doc.id,
          object: state.id,
          role: null,
          accreditedTo: null,
          lengthKm: null,
          volume: null,
          negated: false,
          from: null,
          to: null,
          validFrom: null,
          validTo: null,
          sourceIds: evidence.sourceIds,
          quotes: evidence.quotes,
          dataset,
        });
      }
    }
    const aliases = doc.aliases ?? [];
    return [
      {
        id: doc.id,
        kind: doc.kind.toUpperCase() as PlaceKind,
        name: doc.name,
        aliases,
        nameKeys: [...new Set([doc.name, ...aliases].map(foldName))],
        latinNames: latinNames([doc.name, ...aliases]),
        description: doc.description ?? null,
        sourceIds: evidence.sourceIds,
        quotes: evidence.quotes,
        dataset,
      },
    ];
  });
  return { places, locatedIn };
}
