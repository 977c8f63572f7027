/** Request headers as Node gives them. */
type Headers = Record<string, string | string[] | undefined>;

/**
 * The API key a request presents: `authorization: Bearer <key>` or `x-api-key: <key>`.
 * Returns undefined when there is none, and '' for a header that is present but holds no key
 * (a malformed header is an authentication failure, not an anonymous request).
 */
export function presentedApiKey(headers: Headers): string | undefined {
  const authorization = headers['authorization'];
  const apiKey = headers['x-api-key'];
  if (authorization === undefined && apiKey === undefined) return undefined;
  if (typeof authorization === 'string') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match?.[1] ?? '';
  }
  return typeof apiKey === 'string' ? apiKey.trim() : '';
}
