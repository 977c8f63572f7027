import { closeSync, openSync, writeSync } from 'node:fs';

/** Writes one dataset JSON file record by record, buffered, so no section is ever held whole in memory. */
export class JsonDatasetStream {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;
  private section: string | null = null;
  private first = true;

  constructor(path: string, dataset: string) {
    this.fd = openSync(path, 'w');
    this.push(`{"version":1,"dataset":${JSON.stringify(dataset)}`);
  }

  begin(section: string): void {
    if (this.section) this.push(']');
    this.section = section;
    this.first = true;
    this.push(`,\n${JSON.stringify(section)}:[`);
  }

  record(value: unknown): void {
    this.push(`${this.first ? '\n' : ',\n'}${JSON.stringify(value)}`);
    this.first = false;
  }

  close(): void {
    if (this.section) this.push(']');
    this.push('}\n');
    this.flush();
    closeSync(this.fd);
  }

  private push(text: string): void {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size > 1 << 20) this.flush();
  }

  private flush(): void {
    writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.size = 0;
  }
}
