import { Parser } from 'yaml';

type CstNode = { type?: string; offset?: number; source?: string } & Record<string, unknown>;

function* quotedScalars(node: unknown): Generator<CstNode> {
  if (!node || typeof node !== 'object') return;
  const cst = node as CstNode;
  if (cst.type === 'double-quoted-scalar' || cst.type === 'single-quoted-scalar') yield cst;
  for (const value of Object.values(cst)) {
    if (Array.isArray(value)) for (const item of value) yield* quotedScalars(item);
    else if (value && typeof value === 'object') yield* quotedScalars(value);
  }
}

function isClosed({ type, source = '' }: CstNode): boolean {
  if (type === 'single-quoted-scalar') return source.length >= 2 && /(^|[^'])('')*'$/.test(source.slice(1));
  return source.length >= 2 && /(^|[^\\])(\\\\)*"$/.test(source.slice(1));
}

/**
 * Where the first quoted value that is never closed starts (its offset in the text), or null. The YAML parser
 * reports a missing closing quote where it gave up — often the end of the file; the mistake is where it opens.
 */
export function unclosedQuoteOffset(text: string): number | null {
  for (const token of new Parser().parse(text)) {
    for (const scalar of quotedScalars(token)) if (!isClosed(scalar)) return scalar.offset ?? null;
  }
  return null;
}
