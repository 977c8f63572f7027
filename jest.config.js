// Two projects: `unit` needs no database; `e2e` starts the real API over a real Neo4j
// (see test/support/global-setup.ts for how that Neo4j is found or started).
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

const shared = {
  // Type checking is `tsc --noEmit` in `npm test`; here we only transpile, for speed.
  // Jest runs CommonJS only: quick-lru ships ES modules only, and mercurius
  // loads it with a dynamic import(); transpiling both to CommonJS lets the real app run here.
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { diagnostics: false, tsconfig: { isolatedModules: true, allowJs: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(quick-lru|mercurius)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  testEnvironment: 'node',
};

module.exports = {
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  // One worker: the e2e suites share one Neo4j database and each clears it.
  maxWorkers: 1,
  testTimeout: 120000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      roots: ['<rootDir>/libs', '<rootDir>/apps', '<rootDir>/scripts'],
      testMatch: ['**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
