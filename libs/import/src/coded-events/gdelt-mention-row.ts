import type { RowRejection } from './import-records';
import { optionalNumber } from './field-parsers';

/** One row of a GDELT 2.0 Mentions file: where an event was mentioned, and how surely. */
export interface GdeltMentionRow {
  globalEventId: string;
  mentionTime: string;
  mentionType: number;
  sourceName: string;
  identifier: string;
  sentenceId: number | null;
  confidence: number | null;
}

/** The Mentions layout has 16 columns (GDELT 2.0); the last ones may be empty. */
export const GDELT_MENTION_COLUMNS = 16;

export function parseGdeltMentionRow(line: string): GdeltMentionRow | RowRejection {
  const cols = line.split('\t');
  if (cols.length !== GDELT_MENTION_COLUMNS) {
    return { reason: `wrong column count: ${cols.length} columns, expected ${GDELT_MENTION_COLUMNS} (GDELT mentions)` };
  }
  const [globalEventId = '', , mentionTime = '', mentionType = '', sourceName = '', identifier = ''] = cols;
  if (!/^\d+$/.test(globalEventId)) return { reason: `GLOBALEVENTID "${globalEventId}" is not a number` };
  if (identifier === '') return { reason: 'MentionIdentifier is empty' };
  const sentenceId = optionalNumber(cols[6]!);
  const confidence = optionalNumber(cols[11]!);
  if (sentenceId === undefined) return { reason: `SentenceID "${cols[6]}" is not a number` };
  if (confidence === undefined) return { reason: `Confidence "${cols[11]}" is not a number` };
  return {
    globalEventId,
    mentionTime,
    mentionType: Number(mentionType) || 0,
    sourceName,
    identifier,
    sentenceId,
    confidence,
  };
}
