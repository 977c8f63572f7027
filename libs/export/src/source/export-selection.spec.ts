import { ExportRequestError, isWholeGraph, parseExportSelection } from './export-selection';

describe('parseExportSelection', () => {
  it('gives the whole graph with default links when nothing is asked', () => {
    const selection = parseExportSelection({});
    expect(isWholeGraph(selection)).toBe(true);
    expect(selection.modes).toEqual(['DIRECTED', 'CO_PARTICIPATION']);
    expect(selection.view).toBe('actor');
    expect([selection.level, selection.relations]).toEqual(['ACTOR', true]);
  });

  it('reads the level (any case) and whether standing relations are drawn', () => {
    const selection = parseExportSelection({ level: 'state', relations: 'false' });
    expect([selection.level, selection.relations]).toEqual(['STATE', false]);
    expect(parseExportSelection({}).genericActors).toBe(true);
    expect(parseExportSelection({ genericActors: 'false' }).genericActors).toBe(false);
  });

  it('reads lists repeated or comma-separated, dates as days, and link options', () => {
    const selection = parseExportSelection({
      actors: ['state:a,state:b', 'state:c'],
      kinds: 'call',
      from: '2022-03',
      to: '2025',
      mentions: 'true',
      coParticipation: 'false',
      view: 'event',
      hops: '2',
    });
    expect(selection.actors).toEqual(['state:a', 'state:b', 'state:c']);
    expect(selection.where).toMatchObject({ kinds: ['CALL'], from: '2022-03-01', to: '2025-12-31' });
    expect(selection.modes).toEqual(['DIRECTED', 'MENTION']);
    expect([selection.view, selection.hops]).toEqual(['event', 2]);
  });

  it('names the parameter at fault', () => {
    const fault = (raw: Record<string, string>) => {
      try {
        parseExportSelection(raw);
      } catch (error) {
        return (error as ExportRequestError).argument;
      }
      return null;
    };
    expect(fault({ hops: '4' })).toBe('hops');
    expect(fault({ from: '2025-02-30' })).toBe('from');
    expect(fault({ from: '2025', to: '2024' })).toBe('to');
    expect(fault({ view: 'matrix' })).toBe('view');
    expect(fault({ mentions: 'maybe' })).toBe('mentions');
    expect(fault({ level: 'region' })).toBe('level');
    expect(fault({ relations: 'some' })).toBe('relations');
    // The bipartite view keeps every participant as itself.
    expect(fault({ level: 'STATE', view: 'event' })).toBe('level');
  });
});
