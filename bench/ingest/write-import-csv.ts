import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { foldName } from '@actorgraph/graph';
import { actorLabel, datasetFiles, interactionProps, readManifest } from '../support/dataset-files';

const csv = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  const s = Array.isArray(v) ? v.join(';') : String(v);
  return /[",\n;]/.test(s) && !Array.isArray(v)
    ? `"${s.replace(/"/g, '""')}"`
    : Array.isArray(v)
      ? `"${s.replace(/"/g, '""')}"`
      : s;
};

const HEADERS: Record<string, string> = {
  actors: 'id:ID,kind,name,aliases:string[],nameKeys:string[],recognition,dataset,:LABEL',
  places: 'id:ID,kind,name,nameKeys:string[],dataset,:LABEL',
  sources: 'id:ID,title,publisher,url,publishedAt,dataset,:LABEL',
  interactions:
    'id:ID,kind,date,datePrecision,until,dateStart:date,dateEnd:date,summary,amount,dataset,quotes:string[],:LABEL',
  initiated: ':START_ID,:END_ID,:TYPE',
  links: ':START_ID,:END_ID,:TYPE',
  reported: ':START_ID,:END_ID,quote,:TYPE',
};

/** Writes the same data as CSV files for `neo4j-admin database import full`; returns the folder. */
export function writeImportCsv(folder: string, out: string): { nodes: string[]; relationships: string[] } {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const fds = Object.fromEntries(
    Object.entries(HEADERS).map(([name, header]) => {
      const fd = openSync(join(out, `${name}.csv`), 'w');
      writeSync(fd, `${header}\n`);
      return [name, fd];
    }),
  ) as Record<string, number>;
  const buffers: Record<string, string[]> = Object.fromEntries(Object.keys(HEADERS).map((k) => [k, []]));
  const row = (file: string, values: unknown[]) => {
    const b = buffers[file] as string[];
    b.push(values.map(csv).join(','));
    if (b.length >= 5000) {
      writeSync(fds[file] as number, `${b.join('\n')}\n`);
      buffers[file] = [];
    }
  };
  const dataset = `bench-${readManifest(folder).interactions}`;
  for (const data of datasetFiles(folder)) {
    for (const a of data.actors ?? [])
      row('actors', [
        a['id'],
        a['kind'].toUpperCase(),
        a['name'],
        a['aliases'] ?? [],
        // As the loader stores them (libs/dataset normalize-actors): the folded names the look-ups match.
        [...new Set([a['name'], ...(a['aliases'] ?? [])].map(foldName))],
        a['kind'] === 'state' ? (a['recognition'] === 'disputed' ? 'DISPUTED' : 'RECOGNIZED') : null,
        dataset,
        `Actor;${actorLabel(a['kind'])}`,
      ]);
    for (const p of data.places ?? [])
      row('places', [p['id'], p['kind'].toUpperCase(), p['name'], [foldName(p['name'])], dataset, 'Place']);
    for (const s of data.sources ?? [])
      row('sources', [s['id'], s['title'], s['publisher'], s['url'], s['publishedAt'], dataset, 'Source']);
    for (const x of data.interactions ?? []) {
      const p = interactionProps(x, dataset);
      row('interactions', [
        p['id'],
        p['kind'],
        p['date'],
        p['datePrecision'],
        p['until'],
        p['dateStart'],
        p['dateEnd'],
        p['summary'],
        p['amount'],
        dataset,
        p['quotes'],
        `Interaction;${p['label']}`,
      ]);
      for (const a of x['initiators']) row('initiated', [a, x['id'], 'INITIATED']);
      for (const t of x['targets'] ?? []) row('links', [x['id'], t, 'DIRECTED_AT']);
      for (const m of x['mentions'] ?? []) row('links', [x['id'], m, 'MENTIONS']);
      if (x['place']) row('links', [x['id'], x['place'], 'OCCURRED_IN']);
      for (const e of x['evidence']) row('reported', [x['id'], e['source'], e['quote'], 'REPORTED_IN']);
    }
  }
  for (const [file, fd] of Object.entries(fds)) {
    const b = buffers[file] as string[];
    if (b.length > 0) writeSync(fd, `${b.join('\n')}\n`);
    closeSync(fd);
  }
  const path = (n: string) => join(out, `${n}.csv`);
  return {
    nodes: ['actors', 'places', 'sources', 'interactions'].map(path),
    relationships: ['initiated', 'links', 'reported'].map(path),
  };
}
