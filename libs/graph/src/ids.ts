/** Kinds of record an id can name; the prefix before the colon says which. */
export const ID_PREFIXES = ['person', 'state', 'org', 'place', 'interaction', 'source', 'relation'] as const;
export type IdPrefix = (typeof ID_PREFIXES)[number];

const ID_PATTERN = /^([a-z]+):([a-z0-9]+(?:[-.][a-z0-9]+)*)$/;

/** Folds case and diacritics so `Sánchez`, `SANCHEZ` and `sanchez` compare equal. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A readable slug from a name: `Kassym-Jomart Tokayev` → `kassym-jomart-tokayev`. */
export function slugify(name: string): string {
  return foldName(name).replace(/\s+/g, '-');
}

/** The id's prefix (`person` in `person:volodymyr-zelenskyy`), or null when the id is malformed. */
export function idPrefix(id: string): IdPrefix | null {
  const match = ID_PATTERN.exec(id);
  if (!match) return null;
  const prefix = match[1] as IdPrefix;
  return ID_PREFIXES.includes(prefix) ? prefix : null;
}

/** Why an id is malformed, or null when it is a valid `prefix:slug`. */
export function idProblem(id: string, allowed: readonly IdPrefix[]): string | null {
  const match = ID_PATTERN.exec(id);
  if (!match) {
    return `"${id}" is not an id of the form prefix:lower-case-slug (e.g. person:kassym-jomart-tokayev)`;
  }
  if (!allowed.includes(match[1] as IdPrefix)) {
    return `"${id}" should start with ${allowed.map((p) => `"${p}:"`).join(' or ')}`;
  }
  return null;
}
