import { foldName, idProblem, type IdPrefix } from '@actorgraph/graph';
import type { DatasetFile } from '../files/dataset-file';
import type { DatasetSection } from '../format/dataset-document';
import type { ParsedInput } from './parsed-input';
import { ReferenceIndex, type IndexedRecord, type RecordType } from './reference-index';
import type { ValidationIssue } from './validation-issue';

/** A name or alias an input gives a record, and where. */
interface NameClaim {
  file: DatasetFile;
  path: (string | number)[];
  name: string;
  id: string;
  type: RecordType;
}

type DefiningSection = Exclude<DatasetSection, 'relations'>;

const SECTIONS: DefiningSection[] = ['sources', 'actors', 'places', 'interactions'];

const ID_PREFIXES: Record<DefiningSection, (doc: { kind?: string }) => IdPrefix[]> = {
  sources: () => ['source'],
  actors: (doc) => [doc.kind === 'person' ? 'person' : doc.kind === 'state' ? 'state' : 'org'],
  places: () => ['place'],
  interactions: () => ['interaction'],
};

// Where an id was first defined, packed in one number (input, section, record) so a million ids stay small.
const RECORDS = 2 ** 30;
const pack = (input: number, section: number, record: number) => (input * SECTIONS.length + section) * RECORDS + record;

/**
 * Every id, name and alias the inputs define, gathered input by input: the reference index, and
 * the issues of ids that are malformed, defined twice, or names claimed by two records.
 */
export class DatasetDefinitions {
  readonly index = new ReferenceIndex();
  readonly issues: ValidationIssue[] = [];
  private readonly definedAt = new Map<string, number>();
  /** Ids of the records whose file says a name or alias of theirs is meant to be shared (`sharedName: true`). */
  private readonly shared = new Set<string>();
  /** Every name and alias the inputs define, where, and by which record: checked against the database's. */
  private readonly claims: NameClaim[] = [];

  /** `fileOf(n)`: input number n again, to say where a duplicated id was first defined. */
  constructor(private readonly fileOf: (input: number) => DatasetFile) {}

  /** Adds the definitions of input number `n` (inputs are numbered in the order they are given). */
  define(n: number, { file, doc }: ParsedInput): void {
    SECTIONS.forEach((section, s) => {
      (doc[section] ?? []).forEach((item, i) => {
        if (!item) return;
        const problem = idProblem(item.id, ID_PREFIXES[section](item as { kind?: string }));
        if (problem) this.issues.push(file.issue([section, i, 'id'], problem));
      });
      (doc[section] ?? []).forEach((item, i) => {
        if (!item) return;
        if (!this.claimId(file, item.id, pack(n, s, i), [section, i])) return;
        if (section === 'interactions') return;
        const named = item as { kind?: string; name?: string; aliases?: string[]; sharedName?: boolean };
        const type = section === 'sources' ? 'source' : section === 'actors' ? 'actor' : 'place';
        const names = type === 'source' ? [] : [named.name as string, ...(named.aliases ?? [])];
        if (named.sharedName === true) this.shared.add(item.id);
        this.addRecord(file, [section, i], { id: item.id, type, kind: named.kind ?? 'source' }, names);
      });
    });
  }

  /** Records already in the database, so inputs may reference them without defining them. */
  addKnown(records: readonly (IndexedRecord & { names: readonly string[] })[]): void {
    for (const record of records) if (!this.index.has(record.id)) this.index.add(record, [...record.names]);
  }

  private claimId(file: DatasetFile, id: string, at: number, path: (string | number)[]): boolean {
    const previous = this.definedAt.get(id);
    if (previous === undefined) {
      this.definedAt.set(id, at);
      return true;
    }
    this.issues.push(file.issue([...path, 'id'], `duplicate id "${id}": already defined at ${this.where(previous)}`));
    return false;
  }

  private where(packed: number): string {
    const record = packed % RECORDS;
    const slot = Math.floor(packed / RECORDS);
    const file = this.fileOf(Math.floor(slot / SECTIONS.length));
    const { line, column } = file.locate([SECTIONS[slot % SECTIONS.length] as string, record, 'id']);
    return `${file.file}:${line}:${column}`;
  }

  /** The folded names and aliases the inputs define, to look up in the database ({@link heldNameIssues}). */
  claimedNameKeys(): string[] {
    return [...new Set(this.claims.map((claim) => foldName(claim.name)))];
  }

  /**
   * Refuses a name or alias an input gives a record when a different record of the same type already holds it in
   * the database (`holders`: the records holding each folded name), naming both, unless the input says it is
   * meant to be shared (`sharedName: true`).
   */
  heldNameIssues(holders: readonly { key: string; id: string; type: RecordType }[]): ValidationIssue[] {
    const byKey = new Map<string, { id: string; type: RecordType }[]>();
    for (const holder of holders) byKey.set(holder.key, [...(byKey.get(holder.key) ?? []), holder]);
    return this.claims.flatMap((claim) => {
      const other = (byKey.get(foldName(claim.name)) ?? []).find((h) => h.type === claim.type && h.id !== claim.id);
      if (!other || this.shared.has(claim.id) || this.definedAt.has(other.id)) return [];
      return [
        claim.file.issue(
          claim.path,
          `"${claim.name}" already names ${other.id} in the database: a name or alias must point at one record ` +
            `(write sharedName: true on ${claim.id} if both are meant to have it; references by it then need an id)`,
        ),
      ];
    });
  }

  private addRecord(file: DatasetFile, at: [string, number], record: IndexedRecord, names: string[]): void {
    names.forEach((name, j) => {
      const other = this.index.claimant(name, record.type);
      const path = j === 0 ? [...at, 'name'] : [...at, 'aliases', j - 1];
      if (record.type !== 'source') this.claims.push({ file, path, name, id: record.id, type: record.type });
      if (other && other.id !== record.id && !this.shared.has(record.id) && !this.shared.has(other.id)) {
        this.issues.push(
          file.issue(path, `"${name}" already names ${other.id}: a name or alias must point at one record`),
        );
      }
    });
    this.index.add(record, names);
  }
}
