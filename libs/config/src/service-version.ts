import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The service's version, read once from the project's package.json. */
export const SERVICE_VERSION: string = (
  JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string }
).version;
