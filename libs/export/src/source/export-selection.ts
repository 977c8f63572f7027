import { AnalysisLevel, isPartialDate, parsePartialDate } from '@actorgraph/graph';

/** How actors are linked in the actor view (docs/network.md); the event view draws the same links as edges. */
export const LINK_MODES = ['DIRECTED', 'CO_PARTICIPATION', 'MENTION'] as const;
export type LinkMode = (typeof LINK_MODES)[number];

/** The interaction filter, as cypher/fragments/interaction-where.cypher takes it (dates as days). */
export interface ExportWhere {
  kinds: string[] | null;
  from: string | null;
  to: string | null;
  initiators: string[] | null;
  targets: string[] | null;
  participants: string[] | null;
  places: string[] | null;
  sources: string[] | null;
  datasets: string[] | null;
}

/** Which graph to export. With no actors and no filter: the whole graph (every actor and place). */
export interface ExportSelection {
  /** Actor ids at the centre, or null for no centre. */
  readonly actors: string[] | null;
  /** With actors: how many steps out (1–3). */
  readonly hops: number;
  readonly where: ExportWhere;
  /** `actor`: actors linked directly; `event`: actors, places and interactions as a bipartite graph. */
  readonly view: 'actor' | 'event';
  readonly modes: LinkMode[];
  /**
   * ACTOR: every actor as itself; STATE: each endpoint of an interaction replaced by the state it counts for at
   * the interaction's days (libs/graph stateAt, docs/state-level.md), as dyads(level: STATE). Actor view only.
   */
  readonly level: AnalysisLevel;
  /** Whether standing relations (LEADS, RECOGNIZES, …) valid in the date window are edges too (default yes). */
  readonly relations: boolean;
  /** False: generic actors (`generic: true`, a coded role with no country) and their links are left out. */
  readonly genericActors: boolean;
}

export const MAX_EXPORT_HOPS = 3;
/** Around actors, the most nodes reached; widening stops there (the export says it was truncated). */
export const MAX_EXPORT_AROUND_NODES = 50_000;
/** The most interaction ids an edge lists (interactionCount has them all). */
export const EXPORT_ID_CAP = 50;
/** The most distinct day spans an edge's spells are built from; past it, one spell from first to last day. */
export const EXPORT_SPAN_CAP = 500;

/** A request the export refuses: `argument` names the query parameter (or CLI option) at fault. */
export class ExportRequestError extends Error {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(`${argument}: ${message}`);
  }
}

/** Query parameters as HTTP and the CLI give them: repeated (`kinds=CALL&kinds=VISIT`) or comma-separated. */
export type RawQuery = Readonly<Record<string, string | string[] | undefined>>;

function list(raw: RawQuery, name: string): string[] | null {
  const value = raw[name];
  if (value === undefined) return null;
  const items = (Array.isArray(value) ? value : [value])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return items.length > 0 ? items : null;
}

function single(raw: RawQuery, name: string): string | undefined {
  const value = raw[name];
  return Array.isArray(value) ? value[value.length - 1] : value;
}

function day(raw: RawQuery, name: string, edge: 'start' | 'end'): string | null {
  const value = single(raw, name);
  if (value === undefined || value === '') return null;
  const parsed = parsePartialDate(value);
  if (!isPartialDate(parsed)) throw new ExportRequestError(name, parsed.error);
  return parsed[edge];
}

function flag(raw: RawQuery, name: string, fallback: boolean): boolean {
  const value = single(raw, name);
  if (value === undefined || value === '') return fallback;
  if (['true', '1', 'yes'].includes(value)) return true;
  if (['false', '0', 'no'].includes(value)) return false;
  throw new ExportRequestError(name, `must be true or false, not "${value}"`);
}

function level(raw: RawQuery): AnalysisLevel {
  const value = (single(raw, 'level') ?? '').toUpperCase();
  if (value === '') return AnalysisLevel.ACTOR;
  if (value === AnalysisLevel.ACTOR || value === AnalysisLevel.STATE) return value;
  throw new ExportRequestError('level', `must be ACTOR or STATE, not "${single(raw, 'level')}"`);
}

/**
 * The selection from query parameters: `actors`, `hops`, `kinds`, `from`, `to`, `initiators`, `targets`,
 * `participants`, `places`, `sources`, `datasets`, `view` (actor | event), `mentions` and `coParticipation`
 * (true/false: which links count; default co-participation without mentions), `level` (ACTOR | STATE) and
 * `relations` (true/false: standing relations as edges; default true), `genericActors` (true/false: generic
 * actors and their links; default true).
 */
export function parseExportSelection(raw: RawQuery): ExportSelection {
  const from = day(raw, 'from', 'start');
  const to = day(raw, 'to', 'end');
  if (from && to && to < from) throw new ExportRequestError('to', `${single(raw, 'to')} is before from`);
  const hopsText = single(raw, 'hops');
  const hops = hopsText === undefined || hopsText === '' ? 1 : Number(hopsText);
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_EXPORT_HOPS) {
    throw new ExportRequestError('hops', `must be an integer from 1 to ${MAX_EXPORT_HOPS}`);
  }
  const view = single(raw, 'view') ?? 'actor';
  if (view !== 'actor' && view !== 'event') throw new ExportRequestError('view', 'must be actor or event');
  const modes: LinkMode[] = ['DIRECTED'];
  if (flag(raw, 'coParticipation', true)) modes.push('CO_PARTICIPATION');
  if (flag(raw, 'mentions', false)) modes.push('MENTION');
  const kinds = list(raw, 'kinds')?.map((kind) => kind.toUpperCase()) ?? null;
  const analysisLevel = level(raw);
  // An interaction node of the bipartite view has its own participants; merging a president and his ministry
  // into one state would draw two links of one role between the same two nodes. Refused rather than guessed.
  if (analysisLevel === AnalysisLevel.STATE && view === 'event') {
    throw new ExportRequestError(
      'level',
      'STATE maps actors to states in the actor view only; use view=actor with level=STATE, or level=ACTOR with view=event',
    );
  }
  return {
    actors: list(raw, 'actors'),
    hops,
    view,
    modes,
    level: analysisLevel,
    relations: flag(raw, 'relations', true),
    genericActors: flag(raw, 'genericActors', true),
    where: {
      kinds,
      from,
      to,
      initiators: list(raw, 'initiators'),
      targets: list(raw, 'targets'),
      participants: list(raw, 'participants'),
      places: list(raw, 'places'),
      sources: list(raw, 'sources'),
      datasets: list(raw, 'datasets'),
    },
  };
}

/** Whether the selection is the whole graph: no centre and no interaction filter. */
export function isWholeGraph(selection: ExportSelection): boolean {
  return selection.actors === null && Object.values(selection.where).every((value) => value === null);
}

/** One line saying what was exported, for the file's description. */
export function describeSelection(selection: ExportSelection): string {
  const parts = [`${selection.view} view`, `${selection.level} level`, `links: ${selection.modes.join(', ')}`];
  parts.push(selection.relations ? 'standing relations valid in the date window' : 'no standing relations');
  if (!selection.genericActors) parts.push('no generic actors');
  if (selection.actors) parts.push(`around ${selection.actors.join(', ')} (${selection.hops} hops)`);
  for (const [name, value] of Object.entries(selection.where)) {
    if (value !== null) parts.push(`${name}: ${Array.isArray(value) ? value.join(', ') : value}`);
  }
  if (isWholeGraph(selection)) parts.push('whole graph');
  return parts.join('; ');
}
