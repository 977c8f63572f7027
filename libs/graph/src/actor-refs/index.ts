export * from './resolve-name-ref';
