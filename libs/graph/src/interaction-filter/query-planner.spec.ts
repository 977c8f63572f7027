import type { InteractionFilterInput } from './filter-keys';
import { isInteractionFilter, parseInteractionFilter, type InteractionFilter } from './interaction-filter';
import { LinkMode } from './link-options';
import {
  applicableStrategies,
  planQuery,
  QueryStrategy,
  type PlannedField,
  type ProjectionCapabilities,
  NETWORK_PROJECTION,
  anchorOfFilter,
} from './query-planner';

const projection: ProjectionCapabilities = NETWORK_PROJECTION;

function filter(input: InteractionFilterInput): InteractionFilter {
  const result = parseInteractionFilter(input);
  if (!isInteractionFilter(result)) throw new Error(JSON.stringify(result.problems));
  return result;
}

describe('planQuery', () => {
  it.each([
    ['dyads', {}, QueryStrategy.PROJECTION],
    ['dyads', { from: '2025', to: '2025' }, QueryStrategy.PROJECTION],
    ['dyads', { from: '2025-08', kinds: ['CALL'], datasets: ['gdelt'] }, QueryStrategy.PROJECTION],
    ['dyads', { from: '2025-08-10' }, QueryStrategy.DATES],
    ['dyads', { to: '2025-08-10', kinds: ['CALL'] }, QueryStrategy.DATES],
    ['dyads', { initiators: ['state:ukraine'], from: '2025' }, QueryStrategy.ACTORS],
    ['dyads', { between: ['state:ukraine', 'state:kazakhstan'] }, QueryStrategy.ACTORS],
    ['dyads', { text: 'oil', from: '2025-08-10' }, QueryStrategy.TEXT],
    ['dyads', { sources: ['source:x'] }, QueryStrategy.SCAN],
    ['dyads', { places: ['place:astana'], kinds: ['STRIKE'] }, QueryStrategy.KINDS],
    ['counterparts', {}, QueryStrategy.PROJECTION],
    ['counterparts', { text: 'oil' }, QueryStrategy.ACTORS],
    ['counterparts', { from: '2022-08-15' }, QueryStrategy.ACTORS],
    ['egoNetwork', {}, QueryStrategy.PROJECTION],
    ['egoNetwork', { from: '2025', kinds: ['CALL'] }, QueryStrategy.PROJECTION],
    ['egoNetwork', { from: '2025-08-10' }, QueryStrategy.SCAN],
    ['egoNetwork', { initiators: ['state:ukraine'] }, QueryStrategy.SCAN],
    ['interactions', {}, QueryStrategy.SCAN],
    ['interactions', { from: '2025' }, QueryStrategy.DATES],
    ['interactions', { participants: ['state:ukraine'], text: 'oil' }, QueryStrategy.ACTORS],
  ] as [PlannedField, InteractionFilterInput, QueryStrategy][])('%s where %j: %s', (field, input, strategy) => {
    expect(planQuery(field, filter(input), { projection }).strategy).toBe(strategy);
  });

  it('answers from a scan when there is no projection, and says why', () => {
    expect(planQuery('dyads', filter({}))).toEqual({
      strategy: QueryStrategy.SCAN,
      reason: 'nothing bounds the interactions to read (not the projection: no projection)',
    });
    expect(planQuery('dyads', filter({ from: '2025-08-10' }), { projection }).reason).toContain(
      'the window is not whole years or months',
    );
  });

  it('leaves the projection when it lacks a link mode asked for', () => {
    const directedOnly = { ...projection, modes: [LinkMode.DIRECTED] };
    expect(planQuery('dyads', filter({}), { projection: directedOnly }).strategy).toBe(QueryStrategy.SCAN);
    expect(
      planQuery('dyads', filter({}), { projection: directedOnly, links: { coParticipation: false } }).strategy,
    ).toBe(QueryStrategy.PROJECTION);
  });

  it('reads the coarsest level that is exact: totals, whole years, whole months', () => {
    const window = (input: InteractionFilterInput) => planQuery('dyads', filter(input), { projection }).projection;
    expect(window({})).toEqual({ level: 'ALL', from: '0000', to: '9999' });
    expect(window({ from: '2024', to: '2025' })).toEqual({ level: 'YEAR', from: '2024', to: '2025' });
    expect(window({ to: '2025' })).toEqual({ level: 'YEAR', from: '0000', to: '2025' });
    expect(window({ from: '2025-01', to: '2025-08' })).toEqual({ level: 'MONTH', from: '2025-01', to: '2025-08' });
    expect(window({ from: '2024-02-01' })).toEqual({ level: 'MONTH', from: '2024-02', to: '9999-12' });
    const yearly = { ...projection, periods: ['YEAR' as const] };
    expect(planQuery('dyads', filter({ from: '2025-02' }), { projection: yearly }).strategy).toBe(QueryStrategy.DATES);
  });
});

describe('anchorOfFilter', () => {
  it('starts from the key naming the fewest ids, with the relationships it reads', () => {
    expect(anchorOfFilter(filter({ initiators: ['a:1', 'a:2'], targets: ['a:3'] }))).toEqual({
      ids: ['a:3'],
      relationships: ['DIRECTED_AT'],
    });
    expect(anchorOfFilter(filter({ participants: ['a:1'], between: ['a:2', 'a:3'] }))).toEqual({
      ids: ['a:1'],
      relationships: ['INITIATED', 'DIRECTED_AT', 'MENTIONS'],
    });
    expect(anchorOfFilter(filter({ between: ['a:2', 'a:3'], initiators: ['a:1', 'a:4'] }))?.ids).toEqual([
      'a:2',
      'a:3',
    ]);
    expect(anchorOfFilter(filter({ kinds: ['CALL'] }))).toBeNull();
  });
});

describe('applicableStrategies', () => {
  it('lists every exact strategy, the scan always among them for lists and dyads', () => {
    expect(
      applicableStrategies('dyads', filter({ initiators: ['a:b'], text: 'x', to: '2025', kinds: ['CALL'] })),
    ).toEqual([QueryStrategy.ACTORS, QueryStrategy.TEXT, QueryStrategy.DATES, QueryStrategy.KINDS, QueryStrategy.SCAN]);
    expect(applicableStrategies('counterparts', filter({ sources: ['source:x'] }), { projection })).toEqual([
      QueryStrategy.ACTORS,
    ]);
  });
});
