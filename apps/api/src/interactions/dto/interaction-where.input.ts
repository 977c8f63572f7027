// Moved: the filter's input is generated from its definition in apps/api/src/interaction-filter/. Kept for the
// fields not yet switched over (centrality, egoNetwork); import from interaction-filter/ instead.
export { InteractionWhere } from '../../interaction-filter/interaction-where.input';
