import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JsonDatasetStream } from './json-stream';
import { Prng } from './prng';
import { actorAt, INTERACTIONS_PER_SOURCE, InteractionSource, placeAt, shapeFor, sourceAt } from './records';

export interface GenerateOptions {
  interactions: number;
  /** Folder to (re)create; every file in it is one dataset file the loader accepts. */
  out: string;
  seed?: number;
  /** Interactions per file (a multiple of 100); 0 puts everything in one file. */
  perFile?: number;
}

export interface Manifest {
  folder: string;
  seed: number;
  interactions: number;
  actors: number;
  places: number;
  sources: number;
  files: string[];
  bytes: number;
  /** The busiest actor (rank 0) and a mid-ranked one, for the query workloads. */
  hub: string;
  regular: string;
}

/** Writes a dataset folder in the project's JSON format, streaming: memory does not grow with the size. */
export function generateDataset(options: GenerateOptions): Manifest {
  const seed = options.seed ?? 42;
  const shape = shapeFor(options.interactions);
  const perFile = options.perFile === 0 ? shape.interactions : (options.perFile ?? 50_000);
  rmSync(options.out, { recursive: true, force: true });
  mkdirSync(options.out, { recursive: true });
  const dataset = `bench-${options.interactions}`;
  const files: string[] = [];

  const reference = join(options.out, '00-actors-places.json');
  const ref = new JsonDatasetStream(reference, dataset);
  ref.begin('actors');
  for (let i = 0; i < shape.actors; i += 1) {
    const a = actorAt(i);
    ref.record(a.kind === 'state' ? { ...a, aliases: [a.name.replace('Republic of ', '')] } : a);
  }
  ref.begin('places');
  for (let i = 0; i < shape.places; i += 1) ref.record(placeAt(i));
  ref.close();
  files.push(reference);

  const rng = new Prng(seed);
  const sourceRng = new Prng(seed ^ 0x5eed);
  const draw = new InteractionSource(rng, shape);
  let sources = 0;
  for (let start = 0, part = 1; start < shape.interactions; start += perFile, part += 1) {
    const end = Math.min(shape.interactions, start + perFile);
    const path = join(options.out, `${String(part).padStart(4, '0')}-interactions.json`);
    const out = new JsonDatasetStream(path, dataset);
    out.begin('sources');
    for (let s = Math.ceil(start / INTERACTIONS_PER_SOURCE); s * INTERACTIONS_PER_SOURCE < end; s += 1) {
      out.record(sourceAt(s, sourceRng));
      sources += 1;
    }
    out.begin('interactions');
    for (let i = start; i < end; i += 1) out.record(draw.next(i));
    out.close();
    files.push(path);
  }
  const manifest: Manifest = {
    folder: options.out,
    seed,
    ...shape,
    sources,
    files,
    bytes: files.reduce((n, f) => n + statSync(f).size, 0),
    hub: actorAt(0).id,
    // Rank 500, or a mid rank in a dataset too small to hold it (the smoke run's): always an actor that exists.
    regular: actorAt(Math.min(500, shape.actors >> 1)).id,
  };
  writeFileSync(`${options.out}.manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
