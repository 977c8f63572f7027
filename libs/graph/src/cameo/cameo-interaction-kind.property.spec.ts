import fc from 'fast-check';
import { InteractionKind } from '../interaction-kind';
import { cameoCountryName, countryCodeByName } from './cameo-countries';
import { cameoEventName, cameoInteractionKind, isCameoEventCode } from './cameo-interaction-kind';

const anyText = fc.string({ maxLength: 60, unit: 'binary' });
/** Digit strings of CAMEO's lengths, most of them codes CAMEO does not define. */
const codeLike = fc.oneof(anyText, fc.stringMatching(/^\d{2,4}$/));

describe('CAMEO lookups, for any input', () => {
  it('a code is known with a name and a kind, or unknown with neither', () => {
    fc.assert(
      fc.property(codeLike, (code) => {
        const known = isCameoEventCode(code);
        expect(cameoEventName(code) !== null).toBe(known);
        const kind = cameoInteractionKind(code);
        if (!known) expect(kind).toBeNull();
        else expect(Object.values(InteractionKind)).toContain(kind);
      }),
      { numRuns: 2000 },
    );
  });

  it('country lookups return a name or null, never throw', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const name = cameoCountryName(text);
        // A code that names a country is found again from that name.
        if (name !== null) expect(countryCodeByName(name)).not.toBeNull();
        const code = countryCodeByName(text);
        if (code !== null) expect(cameoCountryName(code)).not.toBeNull();
      }),
      { numRuns: 2000 },
    );
  });
});
