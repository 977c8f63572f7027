import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** Where rejects of `input` go: `<input>.rejects.tsv` beside it (git-ignored). */
export function defaultRejectsPath(input: string): string {
  return `${input}.rejects.tsv`;
}

/**
 * The rows of one input that could not be imported: `line`, `reason` and the raw row, tab-separated.
 * Opened on the first reject; when the input's folder is read-only it falls back to the system's temp
 * folder. A run without rejects removes a stale file of an earlier run, so the file always matches the run.
 */
export class RejectFile {
  private fd: number | null = null;
  private written = 0;
  path: string;

  constructor(path: string) {
    this.path = path;
  }

  get count(): number {
    return this.written;
  }

  add(lineNumber: number, reason: string, raw: string): void {
    if (this.fd === null) this.open();
    writeSync(this.fd!, `${lineNumber}\t${reason.replace(/[\t\n]/g, ' ')}\t${raw}\n`);
    this.written += 1;
  }

  /** Closes the file; returns its path, or null when nothing was rejected. */
  close(): string | null {
    if (this.fd !== null) {
      closeSync(this.fd);
      this.fd = null;
      return this.path;
    }
    try {
      rmSync(this.path, { force: true });
    } catch {
      /* a read-only folder holds no stale file of ours */
    }
    return null;
  }

  private open(): void {
    try {
      this.fd = openSync(this.path, 'w');
    } catch {
      this.path = join(tmpdir(), basename(this.path));
      this.fd = openSync(this.path, 'w');
    }
    writeSync(this.fd, 'line\treason\trow\n');
  }
}
