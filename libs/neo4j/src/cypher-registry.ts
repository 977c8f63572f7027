import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A named Cypher statement read from `cypher/queries/<name>.cypher`. */
export interface CypherQuery {
  readonly name: string;
  readonly text: string;
}

/** Where the project's `cypher/` folder is: the working directory unless told otherwise. */
export function defaultCypherRoot(): string {
  return join(process.cwd(), 'cypher');
}

function listCypherFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return listCypherFiles(path);
    return entry.name.endsWith('.cypher') ? [path] : [];
  });
}

/**
 * `// @include interaction-where` pulls in `cypher/fragments/interaction-where.cypher` (a shared WHERE clause);
 * `// @include candidates/by-dates` one in a sub-folder. Fragments may include fragments.
 */
const INCLUDE = /^\s*\/\/\s*@include\s+([a-z0-9/-]+)\s*$/gm;

/** A service's queries by the names it uses (see {@link CypherRegistry.requireAll}). */
export type CypherQueries<K extends string> = Readonly<Record<K, CypherQuery>>;

/**
 * Every query file, read once at start, with its `@include`d fragments expanded. Services ask for theirs by name in
 * their constructors, so a missing file fails start-up rather than a request.
 */
export class CypherRegistry {
  private readonly queries = new Map<string, CypherQuery>();

  constructor(
    readonly queriesFolder: string = join(defaultCypherRoot(), 'queries'),
    readonly fragmentsFolder: string = join(defaultCypherRoot(), 'fragments'),
  ) {
    for (const file of listCypherFiles(queriesFolder)) {
      const name = relative(queriesFolder, file)
        .replace(/\.cypher$/, '')
        .split(sep)
        .join('/');
      this.queries.set(name, { name, text: this.expand(readFileSync(file, 'utf8'), name) });
    }
  }

  /** Expands `@include`s, also inside fragments (`including` is the chain so far, so a cycle fails loudly). */
  private expand(text: string, name: string, including: readonly string[] = []): string {
    return text.replace(INCLUDE, (_line, fragment: string) => {
      if (including.includes(fragment)) {
        throw new Error(`Cypher query "${name}" includes fragment ${fragment} within itself`);
      }
      let body: string;
      try {
        body = readFileSync(join(this.fragmentsFolder, `${fragment}.cypher`), 'utf8').trim();
      } catch {
        throw new Error(`Cypher query "${name}" includes the missing fragment ${fragment}`);
      }
      return this.expand(body, name, [...including, fragment]);
    });
  }

  /** The query called `name` (`ego-network`, or `load/upsert-actors` in a sub-folder). */
  require(name: string): CypherQuery {
    const query = this.queries.get(name);
    if (!query) {
      throw new Error(`Cypher query "${name}" not found: expected ${join(this.queriesFolder, `${name}.cypher`)}`);
    }
    return query;
  }

  /**
   * A service's queries under the names it uses, each required (so a missing file still fails start-up):
   * `requireAll({ paths: 'paths', textHits: 'interactions/text-hits' })`.
   */
  requireAll<K extends string>(names: Readonly<Record<K, string>>): CypherQueries<K> {
    const queries = {} as Record<K, CypherQuery>;
    for (const key of Object.keys(names) as K[]) queries[key] = this.require(names[key]);
    return queries;
  }

  names(): string[] {
    return [...this.queries.keys()].sort();
  }
}
