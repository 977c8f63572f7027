import { foldName, RecognitionStatus, type ActorKind } from '@actorgraph/graph';
import type { ActorDoc, EvidenceDoc } from '../format/dataset-document';

/** An actor as stored on its node: the properties the loader wrote (absent ones are missing, not null). */
export interface StoredActor {
  id: string;
  kind: ActorKind;
  name: string;
  aliases?: string[] | null;
  description?: string | null;
  recognition?: RecognitionStatus | null;
  wikidataId?: string | null;
  iso3?: string | null;
  sourceIds?: string[] | null;
  quotes?: string[] | null;
}

/**
 * A stored actor written back in the dataset format, so a change to it (an alias, a merge)
 * goes through the loader's validation and gives the hash a load of the same actor would.
 * A state's `recognized` is left out, as a dataset would: it is the default.
 */
export function actorDoc(stored: StoredActor): ActorDoc {
  const sourceIds = stored.sourceIds ?? [];
  const evidence: EvidenceDoc[] = sourceIds.map((source, i) => ({ source, quote: stored.quotes?.[i] ?? '' }));
  const doc: ActorDoc = {
    id: stored.id,
    kind: stored.kind.toLowerCase() as ActorDoc['kind'],
    name: stored.name,
    aliases: stored.aliases ?? [],
  };
  if (stored.description != null) doc.description = stored.description;
  if (stored.recognition === RecognitionStatus.DISPUTED) doc.recognition = 'disputed';
  if (stored.wikidataId != null) doc.wikidataId = stored.wikidataId;
  if (stored.iso3 != null) doc.iso3 = stored.iso3;
  if (evidence.length > 0) doc.evidence = evidence;
  return doc;
}

/** `names` added to the doc's aliases, skipping any that already name it (case and accents ignored). */
export function withAliases(doc: ActorDoc, names: readonly string[]): ActorDoc {
  const taken = new Set([doc.name, ...(doc.aliases ?? [])].map(foldName));
  const added: string[] = [];
  for (const name of names) {
    const key = foldName(name);
    if (taken.has(key)) continue;
    taken.add(key);
    added.push(name);
  }
  return added.length > 0 ? { ...doc, aliases: [...(doc.aliases ?? []), ...added] } : doc;
}

/** The evidence of both docs, each {source, quote} once, the first doc's first. */
export function withEvidence(doc: ActorDoc, more: readonly EvidenceDoc[] = []): ActorDoc {
  const all = [...(doc.evidence ?? []), ...more];
  const seen = new Set<string>();
  const evidence = all.filter((item) => {
    const key = JSON.stringify([item.source, item.quote]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return evidence.length > 0 ? { ...doc, evidence } : doc;
}
