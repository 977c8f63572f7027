import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** `ag_<id>_<secret>`: the id is readable from the key (logs, revocation), the secret is 256 random bits. */
const KEY_FORMAT = /^ag_([a-z0-9]{6,32})_([A-Za-z0-9_-]{32,128})$/;

/** A newly generated key: `secret` is shown once, only `hash` is stored. */
export interface GeneratedApiKey {
  readonly id: string;
  readonly secret: string;
  readonly hash: string;
}

/**
 * SHA-256, not scrypt or argon2: slow hashes protect low-entropy passwords, while a 256-bit random
 * secret cannot be guessed from its hash however fast the hash is; a slow hash would only cost
 * CPU on every request (and make floods of wrong keys an easy denial of service).
 */
export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function generateApiKey(): GeneratedApiKey {
  const id = randomBytes(6).toString('hex');
  const secret = `ag_${id}_${randomBytes(32).toString('base64url')}`;
  return { id, secret, hash: hashApiKey(secret) };
}

/** The key id written in a presented key, or null when the key is not in our format. */
export function apiKeyId(secret: string): string | null {
  return KEY_FORMAT.exec(secret)?.[1] ?? null;
}

/** Compares in constant time, so response times do not reveal how much of a hash matched. */
export function apiKeyMatches(secret: string, storedHash: string): boolean {
  const actual = Buffer.from(hashApiKey(secret), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
