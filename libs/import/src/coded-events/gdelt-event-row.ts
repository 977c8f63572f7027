import { isCameoEventCode } from '@actorgraph/graph';
import type { CameoActorFields } from './cameo-actor';
import type { RowRejection } from './import-records';
import { isoDay, optionalNumber } from './field-parsers';

/** The GDELT events layouts, by column count: 2.0 (61), 1.0 with SOURCEURL (58), 1.0 before April 2013 (57). */
export type GdeltLayout = 'gdelt2' | 'gdelt1-url' | 'gdelt1';

export const GDELT_LAYOUTS: Readonly<Record<number, GdeltLayout>> = { 61: 'gdelt2', 58: 'gdelt1-url', 57: 'gdelt1' };

/** Actor1… or Actor2… columns: code, name, country, known group, ethnic, two religions, three types. */
export type GdeltActorFields = CameoActorFields;

/** ActionGeo_*: where the event happened. */
export interface GdeltGeo {
  type: number;
  fullName: string;
  countryCode: string;
  adm1Code: string;
  latitude: number;
  longitude: number;
  featureId: string;
}

/** One row of a GDELT events export, typed; codes kept as the strings GDELT writes (`040`). */
export interface GdeltEventRow {
  globalEventId: string;
  day: string;
  actor1: GdeltActorFields;
  actor2: GdeltActorFields;
  isRootEvent: boolean;
  eventCode: string;
  quadClass: number | null;
  goldstein: number | null;
  numMentions: number | null;
  numSources: number | null;
  numArticles: number | null;
  avgTone: number | null;
  actionGeo: GdeltGeo | null;
  dateAdded: string | null;
  sourceUrl: string | null;
}

function actorFields(cols: string[], at: number): GdeltActorFields {
  const nonEmpty = (values: (string | undefined)[]) => values.filter((v): v is string => !!v);
  return {
    code: cols[at] ?? '',
    name: cols[at + 1] ?? '',
    countryCode: cols[at + 2] ?? '',
    knownGroupCode: cols[at + 3] ?? '',
    ethnicCode: cols[at + 4] ?? '',
    religionCodes: nonEmpty([cols[at + 5], cols[at + 6]]),
    typeCodes: nonEmpty([cols[at + 7], cols[at + 8], cols[at + 9]]),
  };
}

/** A geo block: 8 columns in GDELT 2.0 (with ADM2Code), 7 in 1.0. */
function geoFields(cols: string[], at: number, withAdm2: boolean): GdeltGeo | null {
  const shift = withAdm2 ? 1 : 0;
  const latitude = optionalNumber(cols[at + 4 + shift] ?? '');
  const longitude = optionalNumber(cols[at + 5 + shift] ?? '');
  const fullName = cols[at + 1] ?? '';
  if (fullName === '' || typeof latitude !== 'number' || typeof longitude !== 'number') return null;
  return {
    type: Number(cols[at]) || 0,
    fullName,
    countryCode: cols[at + 2] ?? '',
    adm1Code: cols[at + 3] ?? '',
    latitude,
    longitude,
    featureId: cols[at + 6 + shift] ?? '',
  };
}

/**
 * Parses one tab-separated GDELT events line of the file's layout. A wrong column count,
 * an unparsable date or number, or an unknown CAMEO code is a rejection with its reason.
 */
export function parseGdeltEventRow(line: string, layout: GdeltLayout): GdeltEventRow | RowRejection {
  const cols = line.split('\t');
  const expected = layout === 'gdelt2' ? 61 : layout === 'gdelt1-url' ? 58 : 57;
  if (cols.length !== expected) {
    return { reason: `wrong column count: ${cols.length} columns, expected ${expected} (${layout})` };
  }
  const globalEventId = cols[0]!;
  if (!/^\d+$/.test(globalEventId)) return { reason: `GLOBALEVENTID "${globalEventId}" is not a number` };
  const sqlDate = cols[1]!;
  const day = isoDay(sqlDate.slice(0, 4), sqlDate.slice(4, 6), sqlDate.slice(6, 8));
  if (!/^\d{8}$/.test(sqlDate) || day === null) return { reason: `unparsable date: SQLDATE "${sqlDate}"` };
  const eventCode = cols[26]!;
  if (!isCameoEventCode(eventCode)) return { reason: `unknown CAMEO event code "${eventCode}"` };
  const numbers = { quadClass: 29, goldstein: 30, numMentions: 31, numSources: 32, numArticles: 33, avgTone: 34 };
  const parsed: Record<string, number | null> = {};
  for (const [field, index] of Object.entries(numbers)) {
    const value = optionalNumber(cols[index]!);
    if (value === undefined) return { reason: `${field} "${cols[index]}" is not a number` };
    parsed[field] = value;
  }
  const v2 = layout === 'gdelt2';
  const geoSize = v2 ? 8 : 7;
  const actionGeoAt = 35 + 2 * geoSize;
  const tail = 35 + 3 * geoSize;
  return {
    globalEventId,
    day,
    actor1: actorFields(cols, 5),
    actor2: actorFields(cols, 15),
    isRootEvent: cols[25] === '1',
    eventCode,
    quadClass: parsed['quadClass']!,
    goldstein: parsed['goldstein']!,
    numMentions: parsed['numMentions']!,
    numSources: parsed['numSources']!,
    numArticles: parsed['numArticles']!,
    avgTone: parsed['avgTone']!,
    actionGeo: geoFields(cols, actionGeoAt, v2),
    dateAdded: cols[tail] || null,
    sourceUrl: layout === 'gdelt1' ? null : cols[tail + 1] || null,
  };
}
