/** Words the generator builds names, summaries and quotes from. */
export const INTERACTION_KINDS = [
  'statement',
  'appeal',
  'intent_to_cooperate',
  'call',
  'meeting',
  'negotiation',
  'mediation_offer',
  'diplomatic_cooperation',
  'recognition',
  'non_recognition',
  'trade',
  'aid',
  'yield',
  'investigation',
  'demand',
  'condemnation',
  'concern',
  'summons',
  'rejection',
  'threat',
  'protest',
  'force_posture',
  'recall',
  'sanction',
  'expulsion',
  'coercion',
  'assault',
  'strike',
  'invasion',
  'mass_violence',
] as const;

/** Talk is common, violence rare: relative weights in the order of INTERACTION_KINDS. */
export const KIND_WEIGHTS = [
  30, 8, 6, 12, 14, 6, 2, 5, 1, 1, 4, 4, 1, 2, 4, 5, 5, 2, 3, 2, 3, 2, 1, 3, 1, 1, 2, 2, 0.5, 0.5,
];

export const SYLLABLES = [
  'ka',
  'lo',
  'mar',
  'ten',
  'vi',
  'sa',
  'dor',
  'el',
  'ran',
  'to',
  'bel',
  'ni',
  'os',
  'ta',
  'rik',
  'an',
  'me',
  'lu',
  'gor',
  'fa',
  'zen',
  'pe',
  'da',
  'vor',
  'is',
  'ul',
  'ber',
  'ko',
  'na',
  'res',
];

export const TOPICS = [
  'grain exports',
  'border security',
  'gas transit',
  'prisoner exchange',
  'sanctions relief',
  'a peace agreement',
  'refugees',
  'nuclear safety',
  'visa rules',
  'a pipeline',
  'fishing rights',
  'election observers',
  'debt relief',
  'arms deliveries',
  'a ceasefire',
  'water sharing',
  'railway links',
  'airspace closures',
  'oil prices',
  'minority rights',
];

export const PLACE_KINDS = ['city', 'region', 'facility', 'field', 'sea', 'pipeline', 'venue'] as const;

/** A pronounceable, capitalised word for index i (deterministic, distinct for distinct i below 30^3). */
export function word(i: number): string {
  const s = SYLLABLES;
  const w = (s[i % 30] as string) + (s[Math.floor(i / 30) % 30] as string) + (s[Math.floor(i / 900) % 30] as string);
  return w.charAt(0).toUpperCase() + w.slice(1);
}
