import { Prng } from './prng';
import { INTERACTION_KINDS, KIND_WEIGHTS, PLACE_KINDS, TOPICS, word } from './vocabulary';
import { ZipfSampler } from './zipf';

/** How many actors, places and interactions a dataset of `interactions` holds. */
export function shapeFor(interactions: number): { actors: number; places: number; interactions: number } {
  return {
    interactions,
    actors: Math.min(50_000, Math.max(100, Math.round(interactions / 20))),
    places: Math.min(500, Math.max(20, Math.round(interactions / 2_000))),
  };
}

export const INTERACTIONS_PER_SOURCE = 100;
const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 3_653; // ten years

export interface ActorOut {
  id: string;
  kind: 'person' | 'state' | 'organization';
  name: string;
}

/** Actor of rank i (0 is the busiest): the first 60 are states, then every tenth an organization. */
export function actorAt(i: number): ActorOut {
  const stem = `${word(i % 27_000)} ${word(Math.floor(i / 27_000) * 997 + 13)}`;
  if (i < 60) return { id: `state:${slug(word(i))}-${i}`, kind: 'state', name: `Republic of ${word(i)}` };
  if (i % 10 === 0) return { id: `org:${slug(stem)}-${i}`, kind: 'organization', name: `${stem} Council` };
  return { id: `person:${slug(stem)}-${i}`, kind: 'person', name: stem };
}

export function placeAt(i: number): { id: string; kind: string; name: string } {
  const kind = PLACE_KINDS[i % PLACE_KINDS.length] as string;
  const name = `${word(i + 5_000)} ${kind}`;
  return { id: `place:${slug(name)}-${i}`, kind, name };
}

export function sourceAt(n: number, rng: Prng): Record<string, unknown> {
  return {
    id: `source:bench-report-${n}`,
    title: `Wire report ${n} on ${rng.pick(TOPICS)}`,
    publisher: `${word(n % 40)} News`,
    url: `https://news.example.org/reports/${n}`,
    publishedAt: isoDay(rng.int(DAYS)),
  };
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function isoDay(day: number): string {
  return new Date(FIRST_DAY + day * DAY).toISOString().slice(0, 10);
}

/** Draws interactions one at a time: Zipf-distributed actors, weighted kinds, dates over 2015–2024. */
export class InteractionSource {
  private readonly actors: ZipfSampler;
  private readonly kindCdf: number[];

  constructor(
    private readonly rng: Prng,
    private readonly shape: { actors: number; places: number },
  ) {
    this.actors = new ZipfSampler(shape.actors, 1.0);
    const total = KIND_WEIGHTS.reduce((a, b) => a + b, 0);
    let run = 0;
    this.kindCdf = KIND_WEIGHTS.map((w) => (run += w / total));
  }

  /** Interaction number i; its evidence cites source floor(i / 100). */
  next(i: number): Record<string, unknown> {
    const rng = this.rng;
    const u = rng.next();
    const kind = INTERACTION_KINDS[
      Math.max(
        0,
        this.kindCdf.findIndex((c) => u < c),
      )
    ] as string;
    const initiator = this.actors.sample(rng);
    const targets = new Set<number>();
    const wanted = rng.chance(0.15) ? 2 : 1;
    for (let tries = 0; targets.size < wanted && tries < 10; tries += 1) {
      const t = this.actors.sample(rng);
      if (t !== initiator) targets.add(t);
    }
    const target = actorAt([...targets][0] ?? (initiator + 1) % this.shape.actors);
    const from = actorAt(initiator);
    const day = rng.int(DAYS);
    const precision = rng.next();
    const date = isoDay(day).slice(0, precision < 0.85 ? 10 : precision < 0.95 ? 7 : 4);
    const topic = rng.pick(TOPICS);
    const summary = `${from.name} ${kind.replace(/_/g, ' ')} towards ${target.name} over ${topic}`;
    const out: Record<string, unknown> = {
      id: `interaction:bench-${i}`,
      kind,
      date,
      initiators: [from.id],
      targets: [
        ...[...targets].map((t) => actorAt(t).id),
        ...(rng.chance(0.05) ? [placeAt(rng.int(this.shape.places)).id] : []),
      ],
      summary,
      evidence: [
        {
          source: `source:bench-report-${Math.floor(i / INTERACTIONS_PER_SOURCE)}`,
          quote: `${from.name} said on ${date} that talks with ${target.name} on ${topic} were ${rng.pick(['useful', 'difficult', 'over', 'frank'])}.`,
        },
      ],
    };
    if (date.length === 10 && rng.chance(0.03)) out['until'] = isoDay(day + 1 + rng.int(60));
    if (rng.chance(0.3)) out['place'] = placeAt(rng.int(this.shape.places)).id;
    if (rng.chance(0.25)) out['mentions'] = [actorAt(this.actors.sample(rng)).id];
    if (kind === 'aid' || kind === 'trade') out['amount'] = `${1 + rng.int(900)} million USD`;
    return out;
  }
}
