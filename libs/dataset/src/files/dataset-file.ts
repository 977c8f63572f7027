import { readFileSync } from 'node:fs';
import { unclosedQuoteOffset } from './unclosed-quote';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { ValidationIssue } from '../validation/validation-issue';
import { formatPath } from '../validation/validation-issue';

/** A parsed input file that can say where any path inside it was written. */
export interface DatasetFile {
  /** The path as the user gave it, used in every message. */
  readonly file: string;
  /** The plain data (null when the file could not be parsed). */
  readonly data: unknown;
  /** Line and column where `path` is written, or of its nearest written ancestor. */
  locate(path: readonly (string | number)[]): { line: number; column: number };
  /** An issue at `path` with this message. */
  issue(path: readonly (string | number)[], message: string): ValidationIssue;
}

/**
 * Reads a YAML or JSON dataset (JSON is parsed as YAML 1.2, so both get line and
 * column positions). Syntax errors become issues; nothing throws but an unreadable file.
 */
export function readDatasetFile(
  file: string,
  text: string = readFileSync(file, 'utf8'),
): { file: DatasetFile; issues: ValidationIssue[] } {
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });

  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const locate = (path: readonly (string | number)[]) => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = document.getIn(path.slice(0, depth), true) as Node | undefined;
      if (node && (isMap(node) || isSeq(node) || 'value' in node) && node.range) return position(node.range[0]);
      // A map key exists but its value is null: point at the key.
      if (depth > 0) {
        const parent = document.getIn(path.slice(0, depth - 1), true);
        if (isMap(parent)) {
          const pair = parent.items.find((item) => (item.key as { value?: unknown })?.value === path[depth - 1]);
          const keyNode = pair?.key as Node | undefined;
          if (keyNode?.range) return position(keyNode.range[0]);
        }
      }
    }
    return { line: 1, column: 1 };
  };
  // toJS throws on what parsing lets through: an alias to no anchor (`*a`), or too many aliases.
  let data: unknown = null;
  let unresolvable: string | null = null;
  if (document.errors.length === 0) {
    try {
      data = document.toJS({ maxAliasCount: 100 });
    } catch (error) {
      unresolvable = (error as Error).message;
    }
  }
  const datasetFile: DatasetFile = {
    file,
    data,
    locate,
    issue: (path, message) => ({ file, ...locate(path), path: formatPath(path), message }),
  };
  const issues = document.errors.map((error) => {
    const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [0, 0];
    // A quote never closed is reported where the parser gave up (often the file's end): point where it opens.
    const opened = error.code === 'MISSING_CHAR' && /quote/.test(error.message) ? unclosedQuoteOffset(text) : null;
    if (opened !== null) {
      return { file, ...position(opened), path: '', message: 'YAML syntax: this quoted value is never closed' };
    }
    return {
      file,
      line,
      column,
      path: '',
      message: `YAML syntax: ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
    };
  });
  if (unresolvable) issues.push({ file, line: 0, column: 0, path: '', message: `YAML: ${unresolvable}` });
  return { file: datasetFile, issues };
}
