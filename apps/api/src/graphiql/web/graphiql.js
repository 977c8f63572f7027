/* global document, window, URL */
// The GraphiQL page's script, bundled by scripts/build-web-assets.mjs into dist/web/graphiql.js (with React and
// its stylesheet): nothing is loaded from another host, so the IDE works on a machine without internet.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const DEFAULT_QUERY = `# Actorgraph: political actors and their interactions, with evidence.
# Press the ▶ button (or Ctrl-Enter) to run; the schema is in the Docs panel.
{
  stats {
    actors
    interactions
    byKind {
      kind
      count
    }
  }
}
`;

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });
const root = createRoot(document.getElementById('graphiql'));
root.render(createElement(GraphiQL, { fetcher, defaultQuery: DEFAULT_QUERY, shouldPersistHeaders: true }));
