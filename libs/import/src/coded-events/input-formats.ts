import { InputFileError } from '@actorgraph/dataset';
import { GDELT_LAYOUTS, type GdeltLayout } from './gdelt-event-row';
import { GDELT_MENTION_COLUMNS } from './gdelt-mention-row';
import { parseIcewsHeader, type IcewsHeader } from './icews-event-row';
import { firstLine } from './line-reader';

/** What the first line of a file says it is, to name the right command when the wrong one is used. */
function describeFirstLine(line: string): string {
  const cols = line.split('\t');
  if (/^"?globaleventid"?[,\t]/i.test(line)) {
    return 'GDELT events with a header row, as BigQuery or a Python library writes them (use `import table --preset gdelt`)';
  }
  if (cols[0] === 'Event ID') return 'an ICEWS events file (use `import icews`)';
  if (cols.length === GDELT_MENTION_COLUMNS && /^\d+$/.test(cols[0] ?? '')) {
    return 'a GDELT Mentions file (pass it with `--mentions`)';
  }
  if (GDELT_LAYOUTS[cols.length] && /^\d+$/.test(cols[0] ?? '')) return 'a GDELT events export (use `import gdelt`)';
  return `a file whose first line has ${cols.length} tab-separated column(s)`;
}

async function requireFirstLine(path: string): Promise<string> {
  const line = await firstLine(path);
  if (line === null) throw new InputFileError(`${path}: the file is empty`);
  return line;
}

/** The GDELT events layout of a file, from its first line; fails fast, naming the file, on anything else. */
export async function checkGdeltEvents(path: string): Promise<GdeltLayout> {
  const line = await requireFirstLine(path);
  const cols = line.split('\t');
  const layout = GDELT_LAYOUTS[cols.length];
  if (!layout || !/^\d+$/.test(cols[0] ?? '') || !/^\d{8}$/.test(cols[1] ?? '')) {
    throw new InputFileError(
      `${path}: not a GDELT events export (61 columns for GDELT 2.0, 57 or 58 for 1.0, no header); it looks like ${describeFirstLine(line)}`,
    );
  }
  return layout;
}

export async function checkGdeltMentions(path: string): Promise<void> {
  const line = await requireFirstLine(path);
  const cols = line.split('\t');
  if (cols.length !== GDELT_MENTION_COLUMNS || !/^\d+$/.test(cols[0] ?? '')) {
    throw new InputFileError(
      `${path}: not a GDELT Mentions file (${GDELT_MENTION_COLUMNS} columns, no header); it looks like ${describeFirstLine(line)}`,
    );
  }
}

export async function checkIcewsEvents(path: string): Promise<IcewsHeader> {
  const line = await requireFirstLine(path);
  const header = parseIcewsHeader(line);
  if ('missing' in header) {
    throw new InputFileError(
      `${path}: not an ICEWS events file (a header row with ${header.missing.slice(0, 3).join(', ')}… is missing); it looks like ${describeFirstLine(line)}`,
    );
  }
  return header;
}
