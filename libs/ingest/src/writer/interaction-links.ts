import type { InteractionRecord } from '@actorgraph/dataset';
import type { WriteRow } from './write-rows';

export interface Link {
  /** The interaction's id. */
  from: string;
  /** The actor's, place's or source's id. */
  to: string;
  quote?: string;
}

type LinkField = 'initiators' | 'targetActors' | 'targetPlaces' | 'mentionActors' | 'mentionPlaces';

/** The links of new interactions, one flat list per kind of link, for `UNWIND $links … CREATE`. */
export function interactionLinks(rows: readonly WriteRow[]): Record<LinkField | 'places' | 'evidence', Link[]> {
  const out: Record<LinkField | 'places' | 'evidence', Link[]> = {
    initiators: [],
    targetActors: [],
    targetPlaces: [],
    mentionActors: [],
    mentionPlaces: [],
    places: [],
    evidence: [],
  };
  const fields: LinkField[] = ['initiators', 'targetActors', 'targetPlaces', 'mentionActors', 'mentionPlaces'];
  for (const row of rows) {
    const from = row.id;
    for (const field of fields) for (const to of row[field] as string[]) out[field].push({ from, to });
    const place = row['place'] as InteractionRecord['place'];
    if (place) out.places.push({ from, to: place });
    for (const e of row['evidence'] as InteractionRecord['evidence'])
      out.evidence.push({ from, to: e.source, quote: e.quote });
  }
  return out;
}
