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
