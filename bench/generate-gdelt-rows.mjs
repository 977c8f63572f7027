#!/usr/bin/env node
// Writes a GDELT 2.0-shaped events file for benchmarks: the rows of a real export, repeated with fresh
// GLOBALEVENTIDs (from 1,000,000,000 up, beyond real ones) so every row is a new event.
// Usage: node bench/generate-gdelt-rows.mjs [rows=1000000] [out=/tmp/gdelt-1m.export.CSV] [source=../shared/data/real/gdelt-events-20170101.tsv]
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath, URL } from 'node:url';

const rows = Number(process.argv[2] ?? 1_000_000);
const out = process.argv[3] ?? '/tmp/gdelt-1m.export.CSV';
const source =
  process.argv[4] ?? fileURLToPath(new URL('../../shared/data/real/gdelt-events-20170101.tsv', import.meta.url));

const templates = readFileSync(source, 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => line.slice(line.indexOf('\t')));
const stream = createWriteStream(out);
for (let i = 0; i < rows; i += 1) {
  if (!stream.write(`${1_000_000_000 + i}${templates[i % templates.length]}\n`)) await once(stream, 'drain');
}
stream.end();
await once(stream, 'finish');
process.stdout.write(`wrote ${rows} rows to ${out}\n`);
