/** One problem in an input file, located precisely enough to jump to it in an editor. */
export interface ValidationIssue {
  readonly file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  readonly line: number;
  /** 1-based; 0 when the problem concerns the whole file. */
  readonly column: number;
  /** Where in the document: `interactions[3].initiators[0]`, or `` for the whole file. */
  readonly path: string;
  readonly message: string;
}

/** `data/x.yaml:12:7 interactions[3].initiators[0]: unknown actor …` — the form editors and CI logs link. */
export function formatIssue(issue: ValidationIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}:${issue.column}` : issue.file;
  return `${where} ${issue.path ? `${issue.path}: ` : ''}${issue.message}`;
}

/** `['interactions', 3, 'initiators', 0]` → `interactions[3].initiators[0]`. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}

export function compareIssues(a: ValidationIssue, b: ValidationIssue): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);
}
