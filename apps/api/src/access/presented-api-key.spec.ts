import { presentedApiKey } from './presented-api-key';

describe('presentedApiKey', () => {
  it('reads a bearer token', () => {
    expect(presentedApiKey({ authorization: 'Bearer ag_0123456789ab_secret' })).toBe('ag_0123456789ab_secret');
    expect(presentedApiKey({ authorization: 'bearer   ag_x ' })).toBe('ag_x');
  });

  it('reads x-api-key', () => {
    expect(presentedApiKey({ 'x-api-key': ' ag_0123456789ab_secret ' })).toBe('ag_0123456789ab_secret');
  });

  it('prefers authorization when both are sent', () => {
    expect(presentedApiKey({ authorization: 'Bearer first', 'x-api-key': 'second' })).toBe('first');
  });

  it('finds no key in a request without either header', () => {
    expect(presentedApiKey({ 'content-type': 'application/json' })).toBeUndefined();
  });

  it.each([{ authorization: 'Basic dXNlcjpwYXNz' }, { authorization: 'Bearer' }, { 'x-api-key': ['a', 'b'] }])(
    'treats the malformed header %p as a bad key, not as no key',
    (headers) => {
      expect(presentedApiKey(headers)).toBe('');
    },
  );
});
