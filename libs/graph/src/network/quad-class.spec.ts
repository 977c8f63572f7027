import { InteractionKind } from '../interaction-kind';
import { cameoQuadClass, interactionGoldstein, interactionQuadClass, kindQuadClass, QuadClass } from './quad-class';

describe('quad classes', () => {
  it('maps CAMEO roots to their quad class', () => {
    expect(['01', '042', '0541', '05'].map(cameoQuadClass)).toEqual([1, 1, 1, 1]);
    expect(['06', '061', '073', '08'].map(cameoQuadClass)).toEqual([2, 2, 2, 2]);
    expect(['09', '111', '12', '138'].map(cameoQuadClass)).toEqual([3, 3, 3, 3]);
    expect(['14', '163', '192', '20'].map(cameoQuadClass)).toEqual([4, 4, 4, 4]);
    expect(['00', '21', '999', 'x1', ''].map(cameoQuadClass)).toEqual([null, null, null, null, null]);
  });

  it('gives every kind a quad class through its CAMEO code', () => {
    for (const kind of Object.values(InteractionKind)) expect(kindQuadClass(kind)).toBeGreaterThanOrEqual(1);
    expect(kindQuadClass(InteractionKind.CALL)).toBe(QuadClass.VERBAL_COOPERATION);
    expect(kindQuadClass(InteractionKind.AID)).toBe(QuadClass.MATERIAL_COOPERATION);
    expect(kindQuadClass(InteractionKind.SUMMONS)).toBe(QuadClass.VERBAL_CONFLICT);
    expect(kindQuadClass(InteractionKind.STRIKE)).toBe(QuadClass.MATERIAL_CONFLICT);
  });

  it("prefers the stored quad class, then the interaction's CAMEO code, then its kind", () => {
    expect(interactionQuadClass({ kind: 'DIPLOMATIC_COOPERATION', quadClass: 2, cameo: '051' })).toBe(2);
    expect(interactionQuadClass({ kind: 'DIPLOMATIC_COOPERATION', quadClass: null, cameo: '064' })).toBe(2);
    expect(interactionQuadClass({ kind: 'DIPLOMATIC_COOPERATION', quadClass: 9, cameo: null })).toBe(1);
    expect(interactionQuadClass({ kind: 'NOT_A_KIND' })).toBeNull();
  });

  it("takes GDELT's goldstein, else ICEWS's intensity", () => {
    expect(interactionGoldstein({ goldstein: -2.5, intensity: 7 })).toBe(-2.5);
    expect(interactionGoldstein({ goldstein: null, intensity: 7 })).toBe(7);
    expect(interactionGoldstein({})).toBeNull();
  });
});
