import type { WebPage } from '../web-assets/web-assets';

/**
 * The graph explorer: sigma.js drawing graphology graphs, bundled with its layout worker by
 * scripts/build-web-assets.mjs (web/explore.js). It reads the API only: GraphQL `search` and `interaction`, and
 * `GET /export/graphology` for the network around the actors drawn.
 */
export const EXPLORE_PAGE: WebPage = {
  path: '/explore',
  name: 'explore',
  title: 'Actorgraph · explorer',
  rootId: 'explore',
};
