import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

let built = false;

/**
 * Bundles the browser pages into dist/web, once per test file (esbuild takes a second): `npm test` has already
 * built them, but a browser suite run alone must not serve a stale or missing bundle.
 */
export function buildWebAssetsOnce(): void {
  if (built) return;
  execFileSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'build-web-assets.mjs')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  built = true;
}
