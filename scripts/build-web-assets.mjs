// Bundles the browser pages the API serves (/graphiql, /explore) into dist/web/ with esbuild: each page's script
// and stylesheet with every library it uses, so the pages load nothing from another host.
// Run by `npm run build`; `node scripts/build-web-assets.mjs` alone takes a few seconds.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Page name → its entry script; the bundle is dist/web/<name>.js (and <name>.css when it imports styles). */
export const WEB_ENTRIES = {
  graphiql: 'apps/api/src/graphiql/web/graphiql.js',
  explore: 'apps/api/src/explore/web/explore.js',
};

export async function buildWebAssets({ outdir = join(root, 'dist', 'web') } = {}) {
  const entryPoints = Object.fromEntries(
    Object.entries(WEB_ENTRIES)
      .map(([name, path]) => [name, join(root, path)])
      .filter(([, path]) => existsSync(path)),
  );
  await build({
    entryPoints,
    outdir,
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    // Fonts and images referenced by stylesheets are inlined: one request per page asset.
    loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
    logLevel: 'warning',
    absWorkingDir: root,
  });
  return outdir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildWebAssets();
}
