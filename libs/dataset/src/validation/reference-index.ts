import { foldName } from '@actorgraph/graph';
import { closest } from 'fastest-levenshtein';

/** What a reference may point at. */
export type RecordType = 'actor' | 'place' | 'source';

export interface IndexedRecord {
  readonly id: string;
  readonly type: RecordType;
  /** For actors: person, state, organization. For places: their kind. */
  readonly kind: string;
}

export type Resolution =
  | { ok: true; record: IndexedRecord }
  /** `unknown` is true when nothing of that id or name exists (as opposed to the wrong type, or ambiguity). */
  | { ok: false; message: string; unknown: boolean };

const TYPE_WORDS: Record<RecordType, string> = { actor: 'actor', place: 'place', source: 'source' };

/**
 * Every id, name and alias an input (and, when given, the database) defines,
 * so a reference can be written as an id or as a name (`Zelensky`).
 */
export class ReferenceIndex {
  private readonly byId = new Map<string, IndexedRecord>();
  private readonly byNameKey = new Map<string, IndexedRecord[]>();

  add(record: IndexedRecord, names: readonly string[] = []): void {
    this.byId.set(record.id, record);
    for (const name of new Set(names.map(foldName))) {
      const list = this.byNameKey.get(name) ?? [];
      if (!list.some((r) => r.id === record.id)) list.push(record);
      this.byNameKey.set(name, list);
    }
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The record of this type that already claims a name or alias (folded), if any. */
  claimant(name: string, type: RecordType): IndexedRecord | undefined {
    return this.byNameKey.get(foldName(name))?.find((record) => record.type === type);
  }

  resolve(reference: string, allowed: readonly RecordType[]): Resolution {
    const direct = this.byId.get(reference);
    if (direct) {
      if (allowed.includes(direct.type)) return { ok: true, record: direct };
      const expected = allowed.map((t) => TYPE_WORDS[t]).join(' or ');
      return {
        ok: false,
        unknown: false,
        message: `"${reference}" is a ${direct.type}, but a ${expected} is expected here`,
      };
    }
    const named = (this.byNameKey.get(foldName(reference)) ?? []).filter((r) => allowed.includes(r.type));
    if (named.length === 1) return { ok: true, record: named[0] as IndexedRecord };
    if (named.length > 1) {
      return {
        ok: false,
        unknown: false,
        message: `"${reference}" is ambiguous: it names ${named.map((r) => r.id).join(', ')}; use an id`,
      };
    }
    const candidates = [...this.byId.values()].filter((r) => allowed.includes(r.type)).map((r) => r.id);
    const suggestion = candidates.length > 0 ? `; did you mean "${closest(reference, candidates)}"?` : '';
    return {
      ok: false,
      unknown: true,
      message: `unknown ${allowed.map((t) => TYPE_WORDS[t]).join(' or ')} "${reference}"${suggestion}`,
    };
  }
}
