import { adminImport } from './admin-import';
import { writeImportCsv } from './write-import-csv';

/** `admin-import <dataset-folder>`: writes CSVs, runs neo4j-admin import into a scratch home, prints seconds. */
const folder = process.argv[2] as string;
const started = performance.now();
const files = writeImportCsv(folder, `${folder}-csv`);
const csvSeconds = (performance.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({ csvSeconds, seconds: adminImport(files) })}\n`);
