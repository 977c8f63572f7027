import { NetworkMode } from '../network/network-mode';

// Which links make two actors (or an actor and a place) neighbours in the who-spoke-to-whom network, defined once
// for dyads, counterparts, paths, centrality, communities and egoNetwork (see docs/network.md for the pair rule).

/**
 * How an interaction links two participants: the projection's NetworkMode (the pair rule, libs/graph/src/network),
 * under the name the filter, the link options and GraphQL give it. One enum, two names.
 */
export const LinkMode = NetworkMode;
export type LinkMode = NetworkMode;

/** Which kinds of link count, besides directed ones (which always do), and whether generic actors take part. */
export interface LinkOptions {
  readonly coParticipation: boolean;
  readonly mentions: boolean;
  /**
   * Whether links with a generic actor at either end count: a coded role with no country (`generic: true` on the
   * actor, e.g. GDELT's `GOV` → "Government (country not coded; events in Ukraine)"). Such actors stand for
   * whoever the coder could not name, so a network of named actors leaves them out.
   */
  readonly genericActors: boolean;
}

/** Directed and co-participation links count, generic actors included; mentions do not, unless asked for. */
export const DEFAULT_LINK_OPTIONS: LinkOptions = Object.freeze({
  coParticipation: true,
  mentions: false,
  genericActors: true,
});

/** The options with the defaults filled in for whatever the client left out. */
export function resolveLinkOptions(options?: Partial<LinkOptions> | null): LinkOptions {
  return {
    coParticipation: options?.coParticipation ?? DEFAULT_LINK_OPTIONS.coParticipation,
    mentions: options?.mentions ?? DEFAULT_LINK_OPTIONS.mentions,
    genericActors: options?.genericActors ?? DEFAULT_LINK_OPTIONS.genericActors,
  };
}

/** The link modes the options let through, DIRECTED first. */
export function linkModes(options?: Partial<LinkOptions> | null): LinkMode[] {
  const resolved = resolveLinkOptions(options);
  return [
    LinkMode.DIRECTED,
    ...(resolved.coParticipation ? [LinkMode.CO_PARTICIPATION] : []),
    ...(resolved.mentions ? [LinkMode.MENTION] : []),
  ];
}

/** The `$links` map Cypher files read: `{modes, coParticipation, mentions, genericActors}`. */
export interface LinkParams {
  readonly modes: string[];
  readonly coParticipation: boolean;
  readonly mentions: boolean;
  /** False: a link with a generic actor (`generic: true`) at either end does not count; absent counts as true. */
  readonly genericActors?: boolean;
}

export function toLinkParams(options?: Partial<LinkOptions> | null): LinkParams {
  return { ...resolveLinkOptions(options), modes: linkModes(options) };
}
