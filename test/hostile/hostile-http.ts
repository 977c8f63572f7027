import type { TestApi } from '../support/test-api';

export interface RawAnswer {
  status: number;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | null;
}

/** Sends any body with any content type to /graphql, as a hostile or careless client would. */
export async function post(
  api: TestApi,
  body: string,
  contentType: string | null = 'application/json',
): Promise<RawAnswer> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: contentType ? { 'content-type': contentType } : {},
    body,
  });
  const text = await response.text();
  let parsed: RawAnswer['body'] = null;
  try {
    parsed = JSON.parse(text) as RawAnswer['body'];
  } catch {
    /* not JSON */
  }
  return { status: response.status, text, body: parsed };
}

/** `count` aliases of `field`, in one query. */
export const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** Fragments F1…Fn, each spreading the previous one twice: 2^n fields once expanded, under 1 KB of text. */
export function fragmentChain(n: number): string {
  let query = `query { actor(id: "state:ukraine") { ...F${n} } } fragment F0 on Actor { id name } `;
  for (let i = 1; i <= n; i += 1) query += `fragment F${i} on Actor { ...F${i - 1} ...F${i - 1} } `;
  return query;
}
