export * from './actor-kind';
export * from './date-precision';
export * from './ids';
export * from './interaction-kind';
export * from './partial-date';
export * from './place-kind';
export * from './relation-type';
