import { isCameoEventCode } from '@actorgraph/graph';
import type { RowRejection } from './import-records';
import { isoDay, optionalNumber } from './field-parsers';

/** The ICEWS columns the importer reads; a header without them is not an ICEWS events file. */
export const ICEWS_REQUIRED_COLUMNS = [
  'Event ID',
  'Event Date',
  'Source Name',
  'Source Sectors',
  'Source Country',
  'CAMEO Code',
  'Intensity',
  'Target Name',
  'Target Sectors',
  'Target Country',
  'Story ID',
  'Sentence Number',
  'Publisher',
  'City',
  'Province',
  'Country',
  'Latitude',
  'Longitude',
] as const;

type IcewsColumn = (typeof ICEWS_REQUIRED_COLUMNS)[number];

/** Column positions read from the header row. */
export type IcewsHeader = Record<IcewsColumn, number> & { columnCount: number; eventText: number };

/** The header's column positions, or the columns it lacks. */
export function parseIcewsHeader(line: string): IcewsHeader | { missing: string[] } {
  const names = line.split('\t').map((name) => name.trim());
  const missing = ICEWS_REQUIRED_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) return { missing };
  const header = { columnCount: names.length, eventText: names.indexOf('Event Text') } as IcewsHeader;
  for (const column of ICEWS_REQUIRED_COLUMNS) header[column] = names.indexOf(column);
  return header;
}

/** An ICEWS actor as written: name, sectors and country (`NA` read as missing). */
export interface IcewsActorFields {
  name: string | null;
  sectors: string[];
  country: string | null;
}

export interface IcewsEventRow {
  eventId: string;
  day: string;
  source: IcewsActorFields;
  target: IcewsActorFields;
  eventText: string | null;
  cameoCode: string;
  intensity: number | null;
  storyId: string | null;
  sentenceNumber: number | null;
  publisher: string | null;
  city: string | null;
  province: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
}

const value = (text: string | undefined): string | null => {
  const trimmed = (text ?? '').trim();
  return trimmed === '' || trimmed === 'NA' ? null : trimmed;
};

export function parseIcewsEventRow(line: string, header: IcewsHeader): IcewsEventRow | RowRejection {
  const cols = line.split('\t');
  if (cols.length !== header.columnCount) {
    return { reason: `wrong column count: ${cols.length} columns, expected ${header.columnCount} (ICEWS header)` };
  }
  const at = (column: IcewsColumn) => value(cols[header[column]]);
  const eventId = at('Event ID') ?? '';
  if (!/^\d+$/.test(eventId)) return { reason: `Event ID "${eventId}" is not a number` };
  const date = at('Event Date') ?? '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const day = match ? isoDay(match[1]!, match[2]!, match[3]!) : null;
  if (day === null) return { reason: `unparsable date: Event Date "${date}"` };
  const cameoCode = at('CAMEO Code') ?? '';
  if (!isCameoEventCode(cameoCode)) return { reason: `unknown CAMEO event code "${cameoCode}"` };
  const numbers: Record<string, number | null> = {};
  for (const column of ['Intensity', 'Sentence Number', 'Latitude', 'Longitude'] as const) {
    const parsed = optionalNumber(cols[header[column]] ?? '');
    if (parsed === undefined) return { reason: `${column} "${cols[header[column]]}" is not a number` };
    numbers[column] = parsed;
  }
  const actor = (name: IcewsColumn, sectors: IcewsColumn, country: IcewsColumn): IcewsActorFields => ({
    name: at(name),
    sectors: (at(sectors) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    country: at(country),
  });
  return {
    eventId,
    day,
    source: actor('Source Name', 'Source Sectors', 'Source Country'),
    target: actor('Target Name', 'Target Sectors', 'Target Country'),
    eventText: header.eventText < 0 ? null : value(cols[header.eventText]),
    cameoCode,
    intensity: numbers['Intensity']!,
    storyId: at('Story ID'),
    sentenceNumber: numbers['Sentence Number']!,
    publisher: at('Publisher'),
    city: at('City'),
    province: at('Province'),
    country: at('Country'),
    latitude: numbers['Latitude']!,
    longitude: numbers['Longitude']!,
  };
}
