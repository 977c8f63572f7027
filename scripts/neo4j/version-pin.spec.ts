import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// scripts/neo4j/version.json pins the Neo4j version in one place; the local server
// (local-neo4j.mjs) reads it directly, and docker-compose.yml must agree with it.
const projectRoot = join(__dirname, '..', '..');

const pinned = (JSON.parse(readFileSync(join(__dirname, 'version.json'), 'utf8')) as { neo4j: unknown }).neo4j;

describe('the pinned Neo4j version', () => {
  it('is a 5.26.x (LTS) release written as major.minor.patch', () => {
    expect(typeof pinned).toBe('string');
    expect(pinned).toMatch(/^5\.26\.\d+$/);
  });
});

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(join(projectRoot, 'docker-compose.yml'), 'utf8')) as {
    services?: Record<string, { image?: string; build?: unknown; depends_on?: Record<string, { condition?: string }> }>;
  };

  it('runs the pinned Neo4j community image, tag for tag', () => {
    expect(compose.services?.neo4j?.image).toBe(`neo4j:${pinned}-community`);
  });

  it('is the only place outside version.json that names a Neo4j image', () => {
    // The cluster profile's cores (docker compose --profile cluster) run the Enterprise image of the same tag.
    const images = Object.values(compose.services ?? {})
      .map((service) => service.image?.replace(`neo4j:${pinned}-enterprise`, `neo4j:${pinned}-community`))
      .filter((image): image is string => typeof image === 'string' && image.startsWith('neo4j'));
    expect(new Set(images)).toEqual(new Set([`neo4j:${pinned}-community`]));
  });

  it('builds the API from the Dockerfile and starts it once Neo4j is healthy', () => {
    expect(compose.services?.api?.build).toBeDefined();
    expect(compose.services?.api?.depends_on?.neo4j?.condition).toBe('service_healthy');
  });
});

describe('Dockerfile', () => {
  it('exists at the project root', () => {
    expect(existsSync(join(projectRoot, 'Dockerfile'))).toBe(true);
  });
});
