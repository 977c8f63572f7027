export * from './filter-keys';
export * from './interaction-filter';
export * from './link-options';
export * from './matches-interaction';
export * from './query-planner';
export * from './text-terms';
