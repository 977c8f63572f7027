export * from './cameo-countries';
export * from './cameo-event-names';
export * from './cameo-interaction-kind';
export * from './cameo-actor-types';
