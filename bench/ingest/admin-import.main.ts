import { adminImport } from './admin-import';
import { writeImportCsv } from './write-import-csv';

/**
 * `admin-import <dataset-folder> [scratch-home]`: writes CSVs, runs neo4j-admin import into a scratch home
 * (default under /tmp; the smoke test passes one in its own temp folder), prints seconds.
 */
const [folder, home] = process.argv.slice(2) as [string, string | undefined];
const started = performance.now();
const files = writeImportCsv(folder, `${folder}-csv`);
const csvSeconds = (performance.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({ csvSeconds, seconds: adminImport(files, home) })}\n`);
