import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../create-app';
import { printApiSchema } from './print-api-schema';

/** `npm run schema:print`: writes schema.graphql. Needs no database (the driver connects lazily). */
async function main(): Promise<void> {
  const app = await createApp({
    ...process.env,
    NEO4J_URI: process.env['NEO4J_URI'] ?? 'bolt://127.0.0.1:7687',
    NEO4J_PASSWORD: process.env['NEO4J_PASSWORD'] ?? 'unused',
    MIGRATE_ON_START: 'false',
    SEED_ON_START: 'false',
    LOG_LEVEL: 'error',
  });
  await app.init();
  writeFileSync(join(process.cwd(), 'schema.graphql'), printApiSchema(app));
  await app.close();
}

void main();
