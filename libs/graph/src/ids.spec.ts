import { ID_PREFIXES, foldName, idPrefix, idProblem, slugify } from './ids';

describe('foldName', () => {
  it('makes names with and without diacritics compare equal', () => {
    expect(foldName('Sánchez')).toBe('sanchez');
    expect(foldName('SANCHEZ')).toBe('sanchez');
    expect(foldName('Sánchez')).toBe(foldName('sanchez'));
  });

  it('folds diacritics from several scripts of the Latin alphabet', () => {
    expect(foldName('Erdoğan')).toBe('erdogan');
    expect(foldName('Lukašenka')).toBe('lukasenka');
    expect(foldName('Müller')).toBe('muller');
  });

  it('folds a name written in decomposed Unicode the same as the precomposed one', () => {
    expect(foldName('Sa\u0301nchez')).toBe(foldName('S\u00e1nchez'));
  });

  it('drops apostrophes of every kind instead of splitting the word', () => {
    expect(foldName("O'Brien")).toBe('obrien');
    expect(foldName('O’Brien')).toBe('obrien');
    expect(foldName('O`Brien')).toBe('obrien');
    expect(foldName("Côte d'Ivoire")).toBe('cote divoire');
  });

  it('turns punctuation and runs of spaces into single spaces, trimmed', () => {
    expect(foldName('  Kassym-Jomart   Tokayev ')).toBe('kassym jomart tokayev');
    expect(foldName('U.S.A.')).toBe('u s a');
  });

  it('keeps digits and non-Latin letters', () => {
    expect(foldName('G20')).toBe('g20');
    expect(foldName('Путин')).toBe('путин');
  });
});

describe('slugify', () => {
  it('turns a name into a lower-case hyphenated slug', () => {
    expect(slugify('Kassym-Jomart Tokayev')).toBe('kassym-jomart-tokayev');
    expect(slugify('Volodymyr Zelenskyy')).toBe('volodymyr-zelenskyy');
  });

  it('folds diacritics and apostrophes the way foldName does', () => {
    expect(slugify('Pedro Sánchez')).toBe('pedro-sanchez');
    expect(slugify("Côte d'Ivoire")).toBe('cote-divoire');
  });

  it('never leaves leading, trailing or doubled hyphens', () => {
    expect(slugify('  — European   Union — ')).toBe('european-union');
  });

  it('produces a slug that makes a valid id with a prefix', () => {
    expect(idProblem(`person:${slugify('Recep Tayyip Erdoğan')}`, ['person'])).toBeNull();
  });
});

describe('idPrefix', () => {
  it.each(ID_PREFIXES.map((prefix) => [prefix]))('recognizes the %s prefix', (prefix) => {
    expect(idPrefix(`${prefix}:some-slug`)).toBe(prefix);
  });

  it('returns the prefix of a realistic id', () => {
    expect(idPrefix('person:volodymyr-zelenskyy')).toBe('person');
    expect(idPrefix('org:nato')).toBe('org');
  });

  it('accepts dots and digits inside the slug', () => {
    expect(idPrefix('source:reuters.2025-08-10')).toBe('source');
  });

  it('returns null for a prefix that is not a known kind of record', () => {
    expect(idPrefix('animal:cat')).toBeNull();
  });

  it.each([
    ['person-volodymyr-zelenskyy', 'no colon'],
    ['Person:volodymyr-zelenskyy', 'an upper-case prefix'],
    ['person:Volodymyr-Zelenskyy', 'an upper-case slug'],
    ['person:', 'an empty slug'],
    [':volodymyr', 'an empty prefix'],
    ['person:volodymyr--zelenskyy', 'a doubled hyphen'],
    ['person:-volodymyr', 'a leading hyphen'],
    ['person:volodymyr-', 'a trailing hyphen'],
    ['person:volodymyr zelenskyy', 'a space'],
    ['person:sánchez', 'a diacritic'],
    ['', 'an empty string'],
  ])('returns null for a malformed id: %s (%s)', (id) => {
    expect(idPrefix(id)).toBeNull();
  });
});

describe('idProblem', () => {
  it('accepts a well-formed id with an allowed prefix', () => {
    expect(idProblem('person:kassym-jomart-tokayev', ['person'])).toBeNull();
    expect(idProblem('state:ukraine', ['person', 'state', 'org'])).toBeNull();
  });

  it('explains the expected form and names the id when it is malformed', () => {
    const problem = idProblem('Kassym Tokayev', ['person']);
    expect(problem).toContain('"Kassym Tokayev"');
    expect(problem).toMatch(/prefix:lower-case-slug/);
  });

  it('names the id and the prefix it should have when the prefix is wrong', () => {
    const problem = idProblem('state:ukraine', ['person']);
    expect(problem).toContain('"state:ukraine"');
    expect(problem).toContain('"person:"');
  });

  it('lists every allowed prefix when several are allowed', () => {
    const problem = idProblem('place:kyiv', ['person', 'state', 'org']);
    expect(problem).toBe('"place:kyiv" should start with "person:" or "state:" or "org:"');
  });

  it('rejects an unknown prefix as not allowed, rather than accepting it', () => {
    expect(idProblem('animal:cat', ['person'])).toContain('"person:"');
  });
});
