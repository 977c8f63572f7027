import { isWholeGraph, type ExportSelection } from '@actorgraph/export';
import { MAX_REQUEST_COST } from '../cost/field-cost';

/**
 * What an export costs, in the cost model's units (apps/api/src/cost): the whole graph or a filter over all
 * interactions reads everything that matches, priced like the heaviest GraphQL request (MAX_REQUEST_COST); around
 * actors, a fraction that grows with the actors and hops. The event view writes every interaction: double.
 */
export function exportCost(selection: ExportSelection): number {
  const view = selection.view === 'event' ? 2 : 1;
  if (!selection.actors || isWholeGraph(selection)) return MAX_REQUEST_COST * view;
  const around = 1_000 * selection.actors.length * 4 ** (selection.hops - 1);
  return Math.min(around, MAX_REQUEST_COST) * view;
}
