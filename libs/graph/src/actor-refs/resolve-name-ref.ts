import { foldName } from '../ids';
import { latinSpelling } from '../search/latin-spelling';

/**
 * How a reference to an actor (or place) written by a person is resolved, wherever it is written — a loaded
 * file, a table import, an API argument: an id that exists is that record; else a name or alias (compared
 * folded: case, accents and punctuation ignored) held by exactly one record is that record; a name held by
 * several is ambiguous; anything else is unknown.
 */
export type NameRefResolution =
  | { readonly ok: true; readonly id: string; readonly by: 'id' | 'name' }
  | { readonly ok: false; readonly reason: 'ambiguous'; readonly holders: readonly string[] }
  | { readonly ok: false; readonly reason: 'unknown' };

/** What is known of the records a batch of references may name. */
export interface NameRefLookup {
  /** Every existing id among those referenced. */
  readonly ids: ReadonlySet<string>;
  /** Folded name or alias → the ids of the records holding it. */
  readonly byNameKey: ReadonlyMap<string, readonly string[]>;
}

/**
 * The folded name keys a reference is looked up by (`Kazakh Foreign Ministry` → `kazakh foreign ministry`); a
 * name in another script also by its Latin spelling (`Токаев` → `токаев`, `tokaev`).
 */
export function nameRefKeys(reference: string): string[] {
  const latin = latinSpelling(reference);
  return [...new Set([foldName(reference), ...(latin === null ? [] : [foldName(latin)])])];
}

export function resolveNameRef(reference: string, lookup: NameRefLookup): NameRefResolution {
  if (lookup.ids.has(reference)) return { ok: true, id: reference, by: 'id' };
  const holders = [...new Set(nameRefKeys(reference).flatMap((key) => lookup.byNameKey.get(key) ?? []))].sort();
  if (holders.length === 1) return { ok: true, id: holders[0] as string, by: 'name' };
  if (holders.length > 1) return { ok: false, reason: 'ambiguous', holders };
  return { ok: false, reason: 'unknown' };
}

/** The message of a reference that did not resolve, naming the argument (or field) it was written in. */
export function nameRefProblem(
  argument: string,
  reference: string,
  resolution: Exclude<NameRefResolution, { ok: true }>,
  closest: readonly string[] = [],
): string {
  if (resolution.reason === 'ambiguous') {
    return `${argument}: "${reference}" is ambiguous: it names ${resolution.holders.join(' and ')}; use an id`;
  }
  const hint = closest.length > 0 ? ` (no id, name or alias); closest: ${closest.join(', ')}` : '';
  return `${argument}: no actor "${reference}"${hint}`;
}
