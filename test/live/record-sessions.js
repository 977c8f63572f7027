// Preloaded into an API process by test/live/shared-state.e2e-spec.ts (NODE_OPTIONS=--require): appends the
// bookmarks of every Neo4j session the process opens, one JSON line each, to the file SESSION_LOG names.
const { appendFileSync } = require('node:fs');
const { Driver } = require('neo4j-driver');

const open = Driver.prototype.session;
Driver.prototype.session = function session(config = {}) {
  appendFileSync(process.env.SESSION_LOG, `${JSON.stringify({ bookmarks: config.bookmarks ?? null })}\n`);
  return open.call(this, config);
};
