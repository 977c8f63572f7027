import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where `scripts/build-web-assets.mjs` writes the pages' bundles: dist/web under the working directory. */
export function webAssetsRoot(): string {
  return join(process.cwd(), 'dist', 'web');
}

/** The URL prefix the bundles are served under. */
export const WEB_ASSETS_PREFIX = '/assets/';

/** Whether a page's bundle was built (`npm run build`); a page without one answers 503 saying so. */
export function webAssetBuilt(name: string): boolean {
  return existsSync(join(webAssetsRoot(), `${name}.js`));
}

/**
 * The browser may load only what this server serves: a dependency on another host (a CDN, a font service)
 * fails in development as it would on a machine without internet.
 */
export const SAME_ORIGIN_ONLY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'self'";

/** A browser page the API serves, from a bundle in dist/web. */
export interface WebPage {
  readonly path: string;
  readonly name: string;
  readonly title: string;
  readonly rootId: string;
}

/** A page shell: the bundle's stylesheet and script, and one element for the script to fill. */
export function pageHtml(options: WebPage & { styles?: boolean }): string {
  const css = options.styles === false ? '' : `<link rel="stylesheet" href="${WEB_ASSETS_PREFIX}${options.name}.css">`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title}</title>
${css}
<style>html, body { height: 100%; margin: 0; } #${options.rootId} { height: 100vh; }</style>
</head>
<body>
<div id="${options.rootId}"></div>
<script src="${WEB_ASSETS_PREFIX}${options.name}.js"></script>
</body>
</html>
`;
}
