export * from './dyad-aggregate';
export * from './dyad-order';
export * from './granularity';
export * from './period-measures';
export * from './reciprocity';
export * from './series';
export * from './state-level';
export * from './time-windows';
