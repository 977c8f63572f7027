import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InteractionKind } from '../interaction-kind';
import { CAMEO_EVENT_NAMES } from './cameo-event-names';
import { CAMEO_ROOT_KINDS, cameoEventName, cameoInteractionKind, isCameoEventCode } from './cameo-interaction-kind';

// ../shared beside the checkout (CI always has it): a missing codebook fails the test, never skips it.
const CODEBOOK = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'data', 'real', 'cameo-eventcodes-icews.csv');

describe('cameoInteractionKind', () => {
  it('gives every one of the twenty CAMEO root codes a kind', () => {
    const roots = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));
    expect(Object.keys(CAMEO_ROOT_KINDS).sort()).toEqual(roots);
    for (const root of roots) expect(cameoInteractionKind(root)).toBe(CAMEO_ROOT_KINDS[root]);
  });

  it.each([
    ['010', InteractionKind.STATEMENT],
    ['0211', InteractionKind.APPEAL],
    ['036', InteractionKind.INTENT_TO_COOPERATE],
    ['039', InteractionKind.MEDIATION_OFFER],
    ['040', InteractionKind.MEETING],
    ['041', InteractionKind.CALL],
    ['042', InteractionKind.MEETING],
    ['043', InteractionKind.MEETING],
    ['044', InteractionKind.MEETING],
    ['045', InteractionKind.MEDIATION_OFFER],
    ['046', InteractionKind.NEGOTIATION],
    ['051', InteractionKind.DIPLOMATIC_COOPERATION],
    ['054', InteractionKind.RECOGNITION],
    ['061', InteractionKind.TRADE],
    ['062', InteractionKind.DIPLOMATIC_COOPERATION],
    ['073', InteractionKind.AID],
    ['0841', InteractionKind.YIELD],
    ['090', InteractionKind.INVESTIGATION],
    ['1011', InteractionKind.DEMAND],
    ['110', InteractionKind.CONCERN],
    ['111', InteractionKind.CONDEMNATION],
    ['1121', InteractionKind.CONCERN],
    ['125', InteractionKind.REJECTION],
    ['139', InteractionKind.THREAT],
    ['145', InteractionKind.PROTEST],
    ['154', InteractionKind.FORCE_POSTURE],
    ['160', InteractionKind.RECALL],
    ['161', InteractionKind.RECALL],
    ['162', InteractionKind.SANCTION],
    ['163', InteractionKind.SANCTION],
    ['166', InteractionKind.EXPULSION],
    ['1661', InteractionKind.EXPULSION],
    ['173', InteractionKind.COERCION],
    ['181', InteractionKind.ASSAULT],
    ['190', InteractionKind.STRIKE],
    ['192', InteractionKind.INVASION],
    ['195', InteractionKind.STRIKE],
    ['2042', InteractionKind.MASS_VIOLENCE],
  ])('maps CAMEO %s to %s', (code, kind) => {
    expect(cameoInteractionKind(code)).toBe(kind);
  });

  it.each(['999', '', '--', '0400', '21', '4'])(
    'knows no kind for the code "%s", which CAMEO does not define',
    (code) => {
      expect(isCameoEventCode(code)).toBe(false);
      expect(cameoInteractionKind(code)).toBeNull();
    },
  );

  it('maps every code it names, each within its own root family', () => {
    for (const code of Object.keys(CAMEO_EVENT_NAMES)) expect(cameoInteractionKind(code)).not.toBeNull();
  });

  it('names codes as CAMEO does', () => {
    expect(cameoEventName('041')).toBe('Discuss by telephone');
    expect(cameoEventName('046')).toBe('Engage in negotiation');
    expect(cameoEventName('999')).toBeNull();
  });

  it('maps every code of the full CAMEO codebook (shared data) to a kind', () => {
    if (!existsSync(CODEBOOK)) throw new Error(`${CODEBOOK} is missing: the shared data (../shared) is required`);
    // Windows-1252, with multi-line descriptions; each record starts `"1",1,"MAKE PUBLIC STATEMENT","01",…`.
    const text = readFileSync(CODEBOOK, 'latin1');
    const codes = [...text.matchAll(/^"\d+",\d+,"(?:[^"]|"")*","(\d+)"/gm)].map((m) => m[1]);
    expect(codes.length).toBe(312);
    const unmapped = codes.filter((code) => cameoInteractionKind(code!) === null);
    expect(unmapped).toEqual([]);
  });
});
