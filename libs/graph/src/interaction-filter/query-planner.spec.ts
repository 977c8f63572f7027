import type { InteractionFilterInput } from './filter-keys';
import { isInteractionFilter, parseInteractionFilter, type InteractionFilter } from './interaction-filter';
import { LinkMode } from './link-options';
import {
  applicableStrategies,
  planQuery,
  QueryStrategy,
  type PlannedField,
  type ProjectionCapabilities,
} from './query-planner';

const projection: ProjectionCapabilities = {
  keys: ['kinds', 'from', 'to', 'datasets'],
  dateGrain: 'MONTH',
  modes: [LinkMode.DIRECTED, LinkMode.CO_PARTICIPATION, LinkMode.MENTION],
};

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
      'the window does not fall on month edges',
    );
  });

  it('leaves the projection when it lacks a link mode asked for', () => {
    const directedOnly = { ...projection, modes: [LinkMode.DIRECTED] };
    expect(planQuery('dyads', filter({}), { projection: directedOnly }).strategy).toBe(QueryStrategy.SCAN);
    expect(
      planQuery('dyads', filter({}), { projection: directedOnly, links: { coParticipation: false } }).strategy,
    ).toBe(QueryStrategy.PROJECTION);
  });

  it('at a year grain, needs whole years', () => {
    const yearly = { ...projection, dateGrain: 'YEAR' as const };
    expect(planQuery('dyads', filter({ from: '2025-02' }), { projection: yearly }).strategy).toBe(QueryStrategy.DATES);
    expect(planQuery('dyads', filter({ from: '2024', to: '2025' }), { projection: yearly }).strategy).toBe(
      QueryStrategy.PROJECTION,
    );
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
