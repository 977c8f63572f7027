import { NetworkMode } from './network-mode';

/** Who took part in one interaction, by id: initiators (actors), targets and mentions (actors or places). */
export interface InteractionParticipants {
  readonly initiators: readonly string[];
  readonly targets: readonly string[];
  readonly mentions: readonly string[];
}

/** One pair an interaction yields: stored as a relationship `source → target` with this mode. */
export interface NetworkPair {
  readonly source: string;
  readonly target: string;
  readonly mode: NetworkMode;
}

/**
 * The pair rule (docs/network.md): initiator → target is DIRECTED; when the event has no target at all, every two
 * co-initiators are a CO_PARTICIPATION pair, stored once from the lower id to the higher; initiator → mentioned is a
 * MENTION. No self-pairs; each (source, target, mode) once, in a stable order.
 */
export function interactionPairs(participants: InteractionParticipants): NetworkPair[] {
  const initiators = [...new Set(participants.initiators)].sort();
  const targets = [...new Set(participants.targets)].sort();
  const mentions = [...new Set(participants.mentions)].sort();
  const pairs: NetworkPair[] = [];
  for (const source of initiators) {
    for (const target of targets) if (target !== source) pairs.push({ source, target, mode: NetworkMode.DIRECTED });
  }
  if (targets.length === 0) {
    for (let i = 0; i < initiators.length; i += 1) {
      for (let j = i + 1; j < initiators.length; j += 1) {
        pairs.push({
          source: initiators[i] as string,
          target: initiators[j] as string,
          mode: NetworkMode.CO_PARTICIPATION,
        });
      }
    }
  }
  for (const source of initiators) {
    for (const target of mentions) if (target !== source) pairs.push({ source, target, mode: NetworkMode.MENTION });
  }
  return pairs;
}
