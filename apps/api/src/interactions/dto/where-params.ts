// Moved: apps/api/src/interaction-filter/where-params.ts. Kept for the fields not yet switched over (centrality,
// egoNetwork); import from interaction-filter/ instead.
export { toWhereParams, type WhereParams } from '../../interaction-filter/where-params';
