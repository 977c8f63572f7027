import { readFileSync } from 'node:fs';
import {
  isPartialDate,
  parsePartialDate,
  ACTOR_KIND_LABEL,
  interactionLabel,
  type ActorKind,
  type InteractionKind,
} from '@actorgraph/graph';
import type { Manifest } from '../generate/generate-dataset';

/** A generated dataset's records, one file at a time (a file holds at most 50k interactions). */
export interface DatasetFileData {
  sources?: Record<string, any>[];
  actors?: Record<string, any>[];
  places?: Record<string, any>[];
  interactions?: Record<string, any>[];
}

export function readManifest(folder: string): Manifest {
  return JSON.parse(readFileSync(`${folder}.manifest.json`, 'utf8')) as Manifest;
}

export function* datasetFiles(folder: string): Generator<DatasetFileData> {
  for (const file of readManifest(folder).files) yield JSON.parse(readFileSync(file, 'utf8')) as DatasetFileData;
}

/** The interaction's node properties as the project's loader stores them (dates as ISO strings). */
export function interactionProps(x: Record<string, any>, dataset: string): Record<string, unknown> {
  const date = parsePartialDate(x['date']);
  const until = x['until'] ? parsePartialDate(x['until']) : null;
  if (!isPartialDate(date) || (until && !isPartialDate(until))) throw new Error(`bad date in ${x['id']}`);
  const kind = String(x['kind']).toUpperCase() as InteractionKind;
  return {
    id: x['id'],
    kind,
    label: interactionLabel(kind),
    date: date.value,
    datePrecision: date.precision,
    until: until && isPartialDate(until) ? until.value : null,
    dateStart: date.start,
    dateEnd: until && isPartialDate(until) ? until.end : date.end,
    summary: x['summary'],
    amount: x['amount'] ?? null,
    cameo: null,
    dataset,
    quotes: (x['evidence'] as { quote: string }[]).map((e) => e.quote),
  };
}

export function actorLabel(kind: string): string {
  return ACTOR_KIND_LABEL[kind.toUpperCase() as ActorKind];
}
