export * from './interaction-pairs';
export * from './interaction-periods';
export * from './network-mode';
export * from './quad-class';
