import type { WebPage } from '../web-assets/web-assets';

/**
 * GraphiQL 3 with React 18, bundled from node_modules by scripts/build-web-assets.mjs (web/graphiql.js): unlike
 * mercurius's own page, which loads React and GraphiQL from a CDN, it works with no internet.
 */
export const GRAPHIQL_PAGE: WebPage = {
  path: '/graphiql',
  name: 'graphiql',
  title: 'Actorgraph · GraphiQL',
  rootId: 'graphiql',
};
