import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { requestScopeOf } from '../isolation/install-request-bounds';

/** The header a write's answer carries its Neo4j bookmark in, and a later read sends back. */
export const BOOKMARK_HEADER = 'x-neo4j-bookmark';
/** Most bookmarks a request may send (one per database is what a client ever needs). */
const MAX_BOOKMARKS = 16;

/** The bookmarks of a request's header: comma-separated, or the header repeated. */
export function parseBookmarks(value: string | string[] | undefined): string[] {
  const values = Array.isArray(value) ? value : value ? [value] : [];
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0 && v.length <= 512)
    .slice(0, MAX_BOOKMARKS);
}

/**
 * Read-your-writes across API processes and cluster members: a request that wrote answers with the bookmark of its
 * last committed write in `x-neo4j-bookmark`; a request that sends bookmarks back in that header has every session
 * start after them (libs/neo4j hands them to the driver), so on a cluster a follower serves it only once it has
 * applied those writes. Call after installRequestBounds (the bookmarks live in the request's database scope).
 */
export function installBookmarks(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  fastify.addHook('onRequest', (request, _reply, done) => {
    const bookmarks = parseBookmarks(request.headers[BOOKMARK_HEADER]);
    const scope = requestScopeOf(request);
    if (scope && bookmarks.length > 0) scope.bookmarks = bookmarks;
    done();
  });
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const written = requestScopeOf(request)?.writtenBookmarks;
    if (written && written.length > 0) void reply.header(BOOKMARK_HEADER, written.join(','));
    done(null, payload);
  });
}
