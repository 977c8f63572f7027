import { createHash } from 'node:crypto';

/**
 * A fingerprint of everything a record would write. Stored on the node or
 * relationship, it tells a re-load what is unchanged without comparing fields.
 */
export function contentHash(record: object): string {
  return createHash('sha1').update(JSON.stringify(record)).digest('base64url');
}
