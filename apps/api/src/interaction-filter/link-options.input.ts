import { DEFAULT_LINK_OPTIONS, type LinkOptions } from '@actorgraph/graph';
import { Field, InputType } from '@nestjs/graphql';

/**
 * Which links count, defined once for dyads, counterparts, paths, centrality and egoNetwork: directed links always,
 * co-participation unless turned off, mentions only when turned on.
 */
@InputType('LinkOptions', {
  description:
    'Which links make two participants neighbours. Directed links (initiator → target) always count; ' +
    'co-participation (co-initiators of an interaction without target) by default; mentions only when asked for; ' +
    'generic coded actors (no country) take part unless genericActors is false.',
})
export class LinkOptionsInput implements Partial<LinkOptions> {
  @Field(() => Boolean, {
    defaultValue: DEFAULT_LINK_OPTIONS.coParticipation,
    description: 'Count co-initiators of an interaction that has no target as linked (undirected).',
  })
  coParticipation!: boolean;

  @Field(() => Boolean, {
    defaultValue: DEFAULT_LINK_OPTIONS.mentions,
    description: 'Count an initiator and what the interaction mentions as linked (initiator → mentioned).',
  })
  mentions!: boolean;

  @Field(() => Boolean, {
    defaultValue: DEFAULT_LINK_OPTIONS.genericActors,
    description:
      'Count links with a generic actor at either end: a coded role with no country (stored as generic: true, e.g. GDELT ' +
      '"Government (country not coded; events in Ukraine)"). false leaves such actors out of the network.',
  })
  genericActors!: boolean;
}

/** The `links` argument, the same on every field that takes it. */
export const LINKS_ARG = {
  type: () => LinkOptionsInput,
  nullable: true,
  description: 'Which links count; directed and co-participation when absent (no mentions).',
} as const;
