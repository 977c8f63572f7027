import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** ../shared beside the checkout: the real data and source texts the suites check against (CI always has it). */
export const SHARED = join(__dirname, '..', '..', '..', 'shared');

/** The path of a file under ../shared; a missing one fails the test that needs it, naming the file (no silent skip). */
export function sharedFixture(...segments: string[]): string {
  const path = join(SHARED, ...segments);
  if (!existsSync(path))
    throw new Error(`${path} is missing: the shared fixtures (../shared beside the checkout) are required`);
  return path;
}
