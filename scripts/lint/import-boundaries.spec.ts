import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** The boundary rules of eslint.config.mjs fire on a deliberate violation, and stay quiet on what is allowed. */
const BOUNDARY_RULES = ['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax'];

const boundaries: { rule: string; file: string; fails: string[]; passes: string[] }[] = [
  {
    rule: 'apps reach Neo4j only through libs/neo4j',
    file: 'apps/api/src/actors/fake.ts',
    fails: [
      "import neo4j from 'neo4j-driver'; export { neo4j };",
      "import type { Integer } from 'neo4j-driver'; export type { Integer };",
      "export { isInt } from 'neo4j-driver/lib/index';",
      "export const driver = () => import('neo4j-driver');",
    ],
    passes: ["export { Neo4jService, int } from '@actorgraph/neo4j';"],
  },
  {
    rule: 'libs/graph does no I/O and imports no other lib',
    file: 'libs/graph/src/network/fake.ts',
    fails: [
      "export { readFileSync } from 'node:fs';",
      "export { readFile } from 'fs/promises';",
      "export { connect } from 'node:net';",
      "export { spawn } from 'child_process';",
      "export const fs = () => import('node:fs');",
      "import type { Driver } from 'neo4j-driver'; export type { Driver };",
      "export { Injectable } from '@nestjs/common';",
      "export { Neo4jService } from '@actorgraph/neo4j';",
      "export { DatasetLoader } from '../../../ingest/src/loader/dataset-loader';",
      "export { AppModule } from '../../../../apps/api/src/app.module';",
    ],
    passes: ["export { join } from 'node:path'; export { default } from 'graphology';"],
  },
  {
    rule: "libs/graph's specs may read their fixtures",
    file: 'libs/graph/src/cameo/fake.spec.ts',
    fails: [],
    passes: ["export { readFileSync } from 'node:fs';"],
  },
  {
    rule: 'no lib imports an app',
    file: 'libs/ingest/src/fake.ts',
    fails: [
      "export { AppModule } from '../../../apps/api/src/app.module';",
      "export { AppModule } from 'apps/api/src/app.module';",
    ],
    passes: ["export { contentHash } from '@actorgraph/dataset';"],
  },
];

/** Each snippet's boundary messages, linted at its rule's file path. */
function lint(snippets: { file: string; code: string }[]): string[][] {
  const output = execFileSync(process.execPath, [join(__dirname, 'lint-snippets.mjs')], {
    input: JSON.stringify(snippets),
    encoding: 'utf8',
  });
  return (JSON.parse(output) as string[][]).map((messages) =>
    messages.filter((message) => BOUNDARY_RULES.some((rule) => message.startsWith(`${rule}:`))),
  );
}

describe('import boundaries (eslint.config.mjs)', () => {
  const snippets = boundaries.flatMap(({ file, fails, passes }) =>
    [...fails, ...passes].map((code) => ({ file, code })),
  );
  let found: Map<string, string[]>;

  beforeAll(() => {
    const messages = lint(snippets);
    found = new Map(snippets.map(({ file, code }, n) => [`${file} ${code}`, messages[n] ?? []]));
  }, 60_000);

  describe.each(boundaries)('$rule ($file)', ({ file, fails, passes }) => {
    if (fails.length > 0) it.each(fails)('fails: %s', (code) => expect(found.get(`${file} ${code}`)).toHaveLength(1));
    it.each(passes)('passes: %s', (code) => expect(found.get(`${file} ${code}`)).toEqual([]));
  });
});
