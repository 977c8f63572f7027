// Lints source text as if it were written at a given path, with the project's eslint.config.mjs.
// stdin: JSON [{ "file": "apps/api/src/x.ts", "code": "..." }]; stdout: JSON, per snippet, its
// messages as "ruleId: message". Used by import-boundaries.spec.ts (Jest cannot load the ESM config).
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const snippets = JSON.parse(readFileSync(0, 'utf8'));
const eslint = new ESLint({ cwd: root });
const results = [];
for (const { file, code } of snippets) {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  results.push(result.messages.map((m) => `${m.ruleId}: ${m.message}`));
}
process.stdout.write(JSON.stringify(results));
