import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Codes a hostile string may earn: the client's fault, or access. Never an internal or database error. */
const CLIENT_CODES = new Set([
  'BAD_REQUEST',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'LIMIT_EXCEEDED',
  'GRAPHQL_VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
]);

function cypherFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? cypherFiles(path) : name.endsWith('.cypher') ? [path] : [];
  });
}

/** Lines of our Cypher long enough to be recognised if an error ever quoted a statement. */
const STATEMENT_LINES = cypherFiles(join(__dirname, '..', '..', 'cypher'))
  .flatMap((file) => readFileSync(file, 'utf8').split('\n'))
  .map((line) => line.trim())
  .filter((line) => line.length >= 25 && !line.startsWith('//'));

export interface HttpAnswer {
  status: number;
  body: unknown;
  text: string;
}

/**
 * Why an answer is not clean, or null when it is: data (possibly null or empty), or errors that each
 * carry a client code and say nothing of Neo4j, Cypher, our statements or a stack trace.
 * An oversized body is refused before GraphQL runs (413), with a coded error all the same.
 */
export function uncleanReason(answer: HttpAnswer, sent: string): string | null {
  // What the client sent may be echoed back ("…" is not an id): only the rest must be clean.
  const text =
    sent.length > 0 && answer.body !== null && typeof answer.body === 'object'
      ? JSON.stringify(answer.body, (_key, value: unknown) =>
          typeof value === 'string' ? value.split(sent).join('') : value,
        )
      : answer.text;
  if (/neo4j|cypher|Neo\.\w+Error/i.test(text)) return 'mentions Neo4j or Cypher';
  if (/\n\s+at \S+|\bat \S+ \(\S+:\d+:\d+\)/.test(text)) return 'holds a stack trace';
  const quoted = STATEMENT_LINES.find((line) => text.includes(line));
  if (quoted) return `quotes a statement: ${quoted}`;
  const body = answer.body as { data?: unknown; errors?: { extensions?: { code?: unknown } }[] } | null;
  if (!body || typeof body !== 'object') return `status ${answer.status} with a non-JSON body`;
  if (answer.status >= 500) return `status ${answer.status}`;
  for (const error of body.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string') return 'an error without extensions.code';
    if (!CLIENT_CODES.has(code)) return `error code ${code}`;
  }
  if (!body.errors && body.data === undefined) return 'neither data nor errors';
  return null;
}
