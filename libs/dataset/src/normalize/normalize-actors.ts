import { ActorKind, foldName, latinNames, RecognitionStatus } from '@actorgraph/graph';
import type { DatasetFile } from '../files/dataset-file';
import type { ActorDoc } from '../format/dataset-document';
import type { ValidationContext } from '../validation/validation-context';
import type { ActorRecord } from './records';

const KINDS: Record<ActorDoc['kind'], ActorKind> = {
  person: ActorKind.PERSON,
  state: ActorKind.STATE,
  organization: ActorKind.ORGANIZATION,
};

export function normalizeActors(
  file: DatasetFile,
  docs: readonly (ActorDoc | null)[],
  ctx: ValidationContext,
  dataset: string,
): ActorRecord[] {
  return docs.flatMap((doc, i) => {
    if (!doc) return [];
    const kind = KINDS[doc.kind];
    if (kind !== ActorKind.STATE) {
      if (doc.recognition)
        ctx.report(
          file,
          ['actors', i, 'recognition'],
          `only states have a recognition status; ${doc.id} is a ${doc.kind}`,
        );
      if (doc.iso3)
        ctx.report(file, ['actors', i, 'iso3'], `only states have an ISO 3166 code; ${doc.id} is a ${doc.kind}`);
    }
    const evidence = ctx.evidence(file, ['actors', i, 'evidence'], doc.evidence);
    const aliases = doc.aliases ?? [];
    return [
      {
        id: doc.id,
        kind,
        name: doc.name,
        aliases,
        nameKeys: [...new Set([doc.name, ...aliases].map(foldName))],
        latinNames: latinNames([doc.name, ...aliases]),
        description: doc.description ?? null,
        recognition:
          kind === ActorKind.STATE
            ? doc.recognition === 'disputed'
              ? RecognitionStatus.DISPUTED
              : RecognitionStatus.RECOGNIZED
            : null,
        wikidataId: doc.wikidataId ?? null,
        iso3: doc.iso3 ?? null,
        sourceIds: evidence.sourceIds,
        quotes: evidence.quotes,
        dataset,
      },
    ];
  });
}
