import { INTERACTION_KIND_INFO, InteractionKind, interactionLabel } from './interaction-kind';

const KINDS = Object.values(InteractionKind);

describe('InteractionKind', () => {
  it('spells each kind the same as its name, so stored kinds round-trip', () => {
    for (const [key, value] of Object.entries(InteractionKind)) expect(value).toBe(key);
    expect(KINDS.length).toBeGreaterThan(0);
  });

  it('has info for every kind, and no info for kinds that do not exist', () => {
    expect(Object.keys(INTERACTION_KIND_INFO).sort()).toEqual([...KINDS].sort());
  });

  it.each(KINDS.map((kind) => [kind]))('maps %s to a CAMEO code of 2 to 4 digits', (kind) => {
    expect(INTERACTION_KIND_INFO[kind].cameo).toMatch(/^\d{2,4}$/);
  });

  it('uses only CAMEO root codes 01 to 20 as the family of each code', () => {
    for (const kind of KINDS) {
      const root = Number(INTERACTION_KIND_INFO[kind].cameo.slice(0, 2));
      expect(root).toBeGreaterThanOrEqual(1);
      expect(root).toBeLessThanOrEqual(20);
    }
  });

  it.each(KINDS.map((kind) => [kind]))('describes %s in a sentence', (kind) => {
    expect(INTERACTION_KIND_INFO[kind].description.trim()).toMatch(/^[A-Z].*\.$/);
  });

  it('gives every kind a PascalCase label that is a valid Neo4j label without quoting', () => {
    for (const kind of KINDS) expect(INTERACTION_KIND_INFO[kind].label).toMatch(/^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*$/);
  });

  it('gives every kind its own label', () => {
    const labels = KINDS.map((kind) => INTERACTION_KIND_INFO[kind].label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('never reuses a label that the graph gives to other nodes', () => {
    const reserved = ['Interaction', 'Actor', 'Person', 'State', 'Organization', 'Place', 'Source', 'Migration'];
    for (const kind of KINDS) expect(reserved).not.toContain(INTERACTION_KIND_INFO[kind].label);
  });

  it('derives each label from the kind name (CALL → Call, MASS_VIOLENCE → MassViolence)', () => {
    for (const kind of KINDS) {
      const pascal = kind
        .toLowerCase()
        .split('_')
        .map((word) => word[0]!.toUpperCase() + word.slice(1))
        .join('');
      expect(INTERACTION_KIND_INFO[kind].label).toBe(pascal);
    }
  });
});

describe('interactionLabel', () => {
  it('returns the Neo4j label for a kind', () => {
    expect(interactionLabel(InteractionKind.CALL)).toBe('Call');
    expect(interactionLabel(InteractionKind.MASS_VIOLENCE)).toBe('MassViolence');
    expect(interactionLabel(InteractionKind.INTENT_TO_COOPERATE)).toBe('IntentToCooperate');
  });

  it('agrees with the info table for every kind', () => {
    for (const kind of KINDS) expect(interactionLabel(kind)).toBe(INTERACTION_KIND_INFO[kind].label);
  });
});
