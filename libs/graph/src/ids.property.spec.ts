import fc from 'fast-check';
import { foldName, ID_PREFIXES, idPrefix, idProblem, slugify } from './ids';

// Any text (lone surrogates included) may arrive as an id or a name; none may throw.
const anyText = fc.string({ maxLength: 300, unit: 'binary' });

describe('ids, for any input', () => {
  it('idProblem returns null or a message, and agrees with idPrefix', () => {
    fc.assert(
      fc.property(anyText, fc.subarray([...ID_PREFIXES], { minLength: 1 }), (id, allowed) => {
        const problem = idProblem(id, allowed);
        const prefix = idPrefix(id);
        if (problem === null) expect(prefix !== null && allowed.includes(prefix)).toBe(true);
        else expect(problem).toEqual(expect.stringContaining('"'));
      }),
      { numRuns: 1000 },
    );
  });

  it('a slug of any name, behind a prefix, is a valid id unless it is empty', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...ID_PREFIXES), (name, prefix) => {
        const slug = slugify(name);
        expect(slug).toBe(slugify(slug)); // stable: slugging twice changes nothing
        const id = `${prefix}:${slug}`;
        // foldName keeps letters of any script; ids are ASCII, so only ASCII slugs must pass.
        if (/^[a-z0-9-]+$/.test(slug) && slug !== '') expect(idProblem(id, [prefix])).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('foldName is idempotent and never yields upper case', () => {
    fc.assert(
      fc.property(anyText, (name) => {
        const folded = foldName(name);
        expect(foldName(folded)).toBe(folded);
        expect(folded).toBe(folded.toLowerCase());
      }),
      { numRuns: 1000 },
    );
  });
});
