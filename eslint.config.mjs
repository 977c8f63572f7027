// ESLint (flat config) with typescript-eslint's recommended rules; Prettier owns formatting.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

// Import boundaries (the README's layout): apps reach Neo4j only through libs/neo4j, libs/graph does no
// I/O, and no lib imports an app. scripts/lint/import-boundaries.spec.ts proves each rule fires.
const noAppImport = {
  regex: '(^|/)apps/',
  message: 'A lib never imports an app: move what both need into a lib.',
};
const appsRule = {
  paths: [{ name: 'neo4j-driver', message: 'Apps reach Neo4j through @actorgraph/neo4j (Neo4jService, int, …).' }],
  patterns: [{ regex: '^neo4j-driver/', message: 'Apps reach Neo4j through @actorgraph/neo4j.' }],
};
const IO_MODULE =
  '^(node:)?(fs|fs/promises|net|http|https|http2|dgram|dns|tls|child_process|cluster|worker_threads|readline)$';
const graphRule = {
  patterns: [
    noAppImport,
    { regex: IO_MODULE, message: 'libs/graph holds pure rules: no file, network or process I/O.' },
    { regex: '^neo4j-driver(/|$)', message: 'libs/graph holds pure rules: Neo4j is reached from libs/neo4j.' },
    { regex: '^@nestjs/', message: 'libs/graph holds pure rules: no Nest providers or modules.' },
    { regex: '^@actorgraph/', message: 'libs/graph is the bottom layer: it imports no other lib.' },
    {
      regex: '(^|/)libs/|^(\\.\\./)+(access|config|dataset|import|ingest|neo4j|network)/src(/|$)',
      message: 'libs/graph is the bottom layer: it imports no other lib.',
    },
  ],
};
// An esquery regex ends at the first '/', so a '/' in a module name is matched by '.'.
const dynamicImportOf = (regex, message) => ({
  selector: `ImportExpression > Literal[value=/${regex.replaceAll('/', '.')}/]`,
  message,
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.neo4j/', 'coverage/', 'schema.graphql'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests and benchmarks read loosely typed GraphQL answers and raw JSON.
    files: ['test/**/*.ts', '**/*.spec.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['apps/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', appsRule],
      'no-restricted-syntax': [
        'error',
        dynamicImportOf('^neo4j-driver', 'Apps reach Neo4j through @actorgraph/neo4j.'),
      ],
    },
  },
  {
    files: ['libs/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [noAppImport] }] },
  },
  {
    // Specs may read their fixtures from disk.
    files: ['libs/graph/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', graphRule],
      'no-restricted-syntax': [
        'error',
        dynamicImportOf(IO_MODULE, 'libs/graph holds pure rules: no I/O.'),
        dynamicImportOf('^(neo4j-driver|@nestjs/|@actorgraph/)', 'libs/graph imports no lib, driver or Nest.'),
      ],
    },
  },
);
