import { transliterate } from 'transliteration';

/**
 * The text in Latin letters, for names written in another script ("Токаев" → "Tokaev", "Тоқаев" → "Tokaev",
 * "Зеленський" → "Zelenskiy"), by the `transliteration` library; apostrophes it writes for letters such as Қ are
 * dropped, as names are folded. Null when the text has no letter outside the Latin script (nothing to add).
 */
export function latinSpelling(text: string): string | null {
  if (!/[^\P{L}\p{Script=Latin}]/u.test(text)) return null;
  return transliterate(text).replace(/['’`]/g, '');
}

/**
 * The Latin spellings of those names written in another script, once each: stored on actors and places as
 * `latinNames` and indexed with their names by the `actor_names` full-text index, so "Tokayev" finds an actor
 * stored as "Касым-Жомарт Токаев". Empty when every name is in Latin letters (accents the index folds itself).
 */
export function latinNames(names: readonly string[]): string[] {
  const latin = names.map(latinSpelling).filter((name): name is string => name !== null && name.trim() !== '');
  return [...new Set(latin)].filter((name) => !names.includes(name));
}
