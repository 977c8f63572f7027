import { apiKeyId, apiKeyMatches, generateApiKey, hashApiKey } from './api-key-secret';

describe('API key secrets', () => {
  it('generates keys of the form ag_<id>_<secret> whose id can be read back', () => {
    const key = generateApiKey();
    expect(key.secret).toMatch(/^ag_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(apiKeyId(key.secret)).toBe(key.id);
  });

  it('never generates the same key twice', () => {
    const secrets = new Set(Array.from({ length: 200 }, () => generateApiKey().secret));
    expect(secrets.size).toBe(200);
  });

  it('stores the sha256 of the key, not the key', () => {
    const key = generateApiKey();
    expect(key.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(key.hash).not.toContain(key.id);
    expect(hashApiKey(key.secret)).toBe(key.hash);
  });

  it('matches a key against its own hash only', () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(apiKeyMatches(a.secret, a.hash)).toBe(true);
    expect(apiKeyMatches(a.secret, b.hash)).toBe(false);
    expect(apiKeyMatches(`${a.secret}x`, a.hash)).toBe(false);
  });

  it('refuses a malformed stored hash without throwing', () => {
    expect(apiKeyMatches(generateApiKey().secret, 'not-hex')).toBe(false);
  });

  it.each([
    '',
    'ag_',
    'ag_abc_short',
    'bearer ag_0123456789ab_x',
    'ag_ABCDEF012345_' + 'a'.repeat(43),
    'xx_0123456789ab_' + 'a'.repeat(43),
  ])('reads no id from the malformed key %p', (text) => {
    expect(apiKeyId(text)).toBeNull();
  });
});
