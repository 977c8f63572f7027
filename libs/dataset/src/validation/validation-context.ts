import { isPartialDate, parsePartialDate, type PartialDate } from '@actorgraph/graph';
import type { DatasetFile } from '../files/dataset-file';
import type { EvidenceDoc } from '../format/dataset-document';
import type { EvidenceProps } from '../normalize/records';
import { quoteOccursIn } from './quote-matcher';
import type { IndexedRecord, RecordType, ReferenceIndex } from './reference-index';
import type { ValidationIssue } from './validation-issue';

type Path = readonly (string | number)[];

/**
 * Shared by the section checkers: resolves references, parses dates and checks
 * evidence, reporting every problem at its place instead of stopping at the first.
 */
export class ValidationContext {
  readonly issues: ValidationIssue[] = [];
  /** References that name nothing known: the caller may look them up in the database. */
  readonly unresolved = new Set<string>();
  /** Each reference written as a name or alias (not an id), and the id it resolved to: `--dry-run` shows them. */
  readonly resolvedNames = new Map<string, string>();

  constructor(
    readonly index: ReferenceIndex,
    /** Normalized full text of each source that has one, by source id. */
    private readonly sourceTexts: ReadonlyMap<string, string>,
  ) {}

  /** The normalized full text of a source, when an input gives it or the database stores it. */
  sourceText(id: string): string | null {
    return this.sourceTexts.get(id) ?? null;
  }

  report(file: DatasetFile, path: Path, message: string): void {
    this.issues.push(file.issue(path, message));
  }

  resolve(file: DatasetFile, path: Path, reference: string, allowed: readonly RecordType[]): IndexedRecord | null {
    const resolution = this.index.resolve(reference, allowed);
    if (resolution.ok) {
      if (resolution.record.id !== reference) this.resolvedNames.set(reference, resolution.record.id);
      return resolution.record;
    }
    if (resolution.unknown) this.unresolved.add(reference);
    this.report(file, path, resolution.message);
    return null;
  }

  date(file: DatasetFile, path: Path, text: string): PartialDate | null {
    const parsed = parsePartialDate(text);
    if (isPartialDate(parsed)) return parsed;
    this.report(file, path, parsed.error);
    return null;
  }

  /** Checks each `{source, quote}`: the source exists and, when its text is known, contains the quote. */
  evidence(
    file: DatasetFile,
    path: Path,
    evidence: readonly EvidenceDoc[] = [],
  ): EvidenceProps & { items: EvidenceDoc[] } {
    const items: EvidenceDoc[] = [];
    evidence.forEach((item, i) => {
      const source = this.resolve(file, [...path, i, 'source'], item.source, ['source']);
      if (!source) return;
      const text = this.sourceTexts.get(source.id);
      if (text !== undefined && !quoteOccursIn(item.quote, text)) {
        this.report(
          file,
          [...path, i, 'quote'],
          `quote not found in the text of ${source.id}: "${item.quote.slice(0, 80)}"`,
        );
        return;
      }
      items.push({ source: source.id, quote: item.quote });
    });
    return { items, sourceIds: items.map((e) => e.source), quotes: items.map((e) => e.quote) };
  }
}
