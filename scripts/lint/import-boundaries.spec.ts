import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** The boundary rules of eslint.config.mjs fire on a deliberate violation, and stay quiet on what is allowed. */
const BOUNDARY_RULES = ['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax'];

const cases: { file: string; code: string; violates: boolean }[] = [
  // apps reach Neo4j only through libs/neo4j
  { file: 'apps/api/src/actors/fake.ts', code: "import neo4j from 'neo4j-driver';\nexport { neo4j };", violates: true },
  {
    file: 'apps/cli/src/fake.ts',
    code: "import type { Integer } from 'neo4j-driver';\nexport type { Integer };",
    violates: true,
  },
  { file: 'apps/api/src/fake.ts', code: "export { isInt } from 'neo4j-driver/lib/index';", violates: true },
  { file: 'apps/api/src/fake.ts', code: "export const driver = () => import('neo4j-driver');", violates: true },
  { file: 'apps/api/src/fake.ts', code: "export { Neo4jService, int } from '@actorgraph/neo4j';", violates: false },
  // libs/graph does no I/O and imports no other lib
  { file: 'libs/graph/src/fake.ts', code: "export { readFileSync } from 'node:fs';", violates: true },
  { file: 'libs/graph/src/network/fake.ts', code: "export { readFile } from 'fs/promises';", violates: true },
  { file: 'libs/graph/src/fake.ts', code: "export { connect } from 'node:net';", violates: true },
  { file: 'libs/graph/src/fake.ts', code: "export { spawn } from 'child_process';", violates: true },
  { file: 'libs/graph/src/fake.ts', code: "export const fs = () => import('node:fs');", violates: true },
  {
    file: 'libs/graph/src/fake.ts',
    code: "import type { Driver } from 'neo4j-driver';\nexport type { Driver };",
    violates: true,
  },
  { file: 'libs/graph/src/fake.ts', code: "export { Injectable } from '@nestjs/common';", violates: true },
  { file: 'libs/graph/src/fake.ts', code: "export { Neo4jService } from '@actorgraph/neo4j';", violates: true },
  {
    file: 'libs/graph/src/fake.ts',
    code: "export { DatasetLoader } from '../../ingest/src/loader/dataset-loader';",
    violates: true,
  },
  {
    file: 'libs/graph/src/fake.ts',
    code: "export { join } from 'node:path';\nexport { default } from 'graphology';",
    violates: false,
  },
  { file: 'libs/graph/src/fake.spec.ts', code: "export { readFileSync } from 'node:fs';", violates: false },
  // no lib imports an app
  {
    file: 'libs/ingest/src/fake.ts',
    code: "export { AppModule } from '../../../apps/api/src/app.module';",
    violates: true,
  },
  { file: 'libs/neo4j/src/fake.ts', code: "export { AppModule } from 'apps/api/src/app.module';", violates: true },
  {
    file: 'libs/graph/src/fake.ts',
    code: "export { AppModule } from '../../../apps/api/src/app.module';",
    violates: true,
  },
  { file: 'libs/ingest/src/fake.ts', code: "export { contentHash } from '@actorgraph/dataset';", violates: false },
];

describe('import boundaries (eslint.config.mjs)', () => {
  let found: string[][];

  beforeAll(() => {
    const output = execFileSync(process.execPath, [join(__dirname, 'lint-snippets.mjs')], {
      input: JSON.stringify(cases),
      encoding: 'utf8',
    });
    found = (JSON.parse(output) as string[][]).map((messages) =>
      messages.filter((message) => BOUNDARY_RULES.some((rule) => message.startsWith(`${rule}:`))),
    );
  }, 60_000);

  it.each(cases.map((c, n) => [c.violates ? 'fails' : 'passes', c.file, c.code.replace(/\n/g, ' '), n] as const))(
    '%s: %s `%s`',
    (verdict, _file, _code, n) => {
      if (verdict === 'fails') expect(found[n]).toHaveLength(1);
      else expect(found[n]).toEqual([]);
    },
  );
});
