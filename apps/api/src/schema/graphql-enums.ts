import { Role } from '@actorgraph/access';
import {
  ActorKind,
  AnalysisLevel,
  DatePrecision,
  DyadOrder,
  Granularity,
  INTERACTION_KIND_INFO,
  InteractionKind,
  LinkMode,
  PlaceKind,
  RecognitionStatus,
  RelationType,
} from '@actorgraph/graph';
import { registerEnumType } from '@nestjs/graphql';
import { ActorRole } from '../actors/fields/dto/actor-role.enum';
import { CentralityMetric } from '../centrality/dto/centrality-metric.enum';
import { ChangeOperation } from '../changes/models/change-operation.enum';
import { WriteStatus } from '../curation/models/write-status.enum';
import { GraphEdgeType } from '../graph-types/graph-edge-type.enum';
import { GraphNodeType } from '../graph-types/graph-node-type.enum';
import { DatabaseStatus } from '../health/models/neo4j-status.model';
import { InteractionOrder } from '../interactions/dto/interaction-order.enum';
import { DatasetFormat } from '../load-dataset/dto/dataset-format';
import { PathDirection } from '../paths/models/path-direction.enum';
import { PathNodeType } from '../paths/models/path-node-type.enum';

// Every GraphQL enum, registered in one place: the domain's (@actorgraph/graph, @actorgraph/access) under their own
// names and values, and the ones the API defines. Imported once, by app.module.ts, before the schema is built.

/** A GraphQL enum: the TypeScript enum, its schema name and description, and a description of each of its values. */
interface GraphqlEnum {
  values: object;
  name: string;
  description: string;
  valueDescriptions: Record<string, string>;
}

/** Typed so that a value without a description (or a description of no value) does not compile. */
function graphqlEnum<E extends Record<string, string>>(
  values: E,
  name: string,
  description: string,
  valueDescriptions: Record<keyof E, string>,
): GraphqlEnum {
  return { values, name, description, valueDescriptions };
}

const GRAPHQL_ENUMS: GraphqlEnum[] = [
  graphqlEnum(ActorKind, 'ActorKind', 'What an actor is.', {
    PERSON: 'A named individual.',
    STATE: 'A state, including quasi-states whose recognition is disputed.',
    ORGANIZATION: 'An organization, institution, company or collective.',
  }),
  graphqlEnum(
    InteractionKind,
    'InteractionKind',
    'What happened between actors; each kind maps to a CAMEO code family.',
    Object.fromEntries(
      Object.entries(INTERACTION_KIND_INFO).map(([kind, info]) => [kind, `${info.description} CAMEO ${info.cameo}.`]),
    ) as Record<InteractionKind, string>,
  ),
  graphqlEnum(RelationType, 'RelationType', 'A standing relation that holds over a span of time.', {
    LEADS: 'A person heads a state or organization (role: President, Prime Minister…).',
    REPRESENTS: 'A person represents an actor, e.g. an ambassador (accreditedTo: the host state).',
    MEMBER_OF: 'Membership in an organization.',
    BORDERS: 'Two states share a land border (lengthKm).',
    LOCATED_IN: 'A place lies in a state or a larger place.',
    OPERATES: 'An organization or state runs a facility or pipeline.',
    EXPORTS_VIA: 'A state exports through a pipeline, port or route (volume).',
    NATIONAL_OF: 'A person or organization belongs to a state.',
    PART_OF: 'An institution or facility is part of a larger whole.',
    RECOGNIZES: "One state recognizes another's statehood (negated: explicitly does not).",
  }),
  graphqlEnum(PlaceKind, 'PlaceKind', 'What a place is.', {
    CITY: 'A city or town.',
    REGION: 'A region, province or territory.',
    FACILITY: 'A building or installation: a pumping station, a hospital.',
    FIELD: 'An oil or gas field.',
    SEA: 'A sea or other body of water.',
    PIPELINE: 'A pipeline.',
    VENUE: 'A venue or event: a forum, a summit.',
    COUNTRY: 'A country as a territory (the actor is the state).',
  }),
  graphqlEnum(DatePrecision, 'DatePrecision', 'How exactly a date is known.', {
    DAY: 'Known to the day: 2025-08-10.',
    MONTH: 'Known to the month: 2025-08.',
    YEAR: 'Known to the year: 2025.',
  }),
  graphqlEnum(RecognitionStatus, 'RecognitionStatus', "How widely a state's statehood is recognized.", {
    RECOGNIZED: 'A generally recognized state.',
    DISPUTED: 'A quasi-state whose recognition is disputed (e.g. the DPR and LPR).',
  }),
  graphqlEnum(Granularity, 'Granularity', 'The period a time series is cut into.', {
    MONTH: "Calendar months ('2025-08').",
    YEAR: "Calendar years ('2025').",
  }),
  graphqlEnum(DyadOrder, 'DyadOrder', 'How dyads are ranked; ties by count, then source id, then target id.', {
    COUNT: 'Most interactions first (the default).',
    CONFLICT: 'Most conflict first: verbal and material conflict (quad classes 3 and 4).',
    COOPERATION: 'Most cooperation first: verbal and material cooperation (quad classes 1 and 2).',
  }),
  graphqlEnum(
    AnalysisLevel,
    'AnalysisLevel',
    'Who the endpoints are: each actor, or the states they count for (docs/state-level.md: a person or ' +
      'organization counts for the state it leads, represents, is part of, is a member or national of at the date of ' +
      "the interaction; else a coded actor's country; actors with no state stay themselves).",
    {
      ACTOR: 'Every actor as itself (the default).',
      STATE: 'People and organizations counted for their state at the date of each interaction.',
    },
  ),
  graphqlEnum(
    LinkMode,
    'LinkMode',
    'How an interaction links two participants in the who-spoke-to-whom network (docs/network.md).',
    {
      DIRECTED: 'An initiator and a target: initiator → target.',
      CO_PARTICIPATION: 'Two initiators of an interaction without any target (e.g. two leaders meeting); undirected.',
      MENTION: 'An initiator and an actor or place the interaction mentions: initiator → mentioned.',
    },
  ),
  graphqlEnum(Role, 'Role', 'What an API key may do; each role includes the ones before it.', {
    READER: 'Read every query (needed only when reads are not public).',
    EDITOR: 'Also write: the curation mutations.',
    ADMIN: 'Also manage API keys and load datasets in bulk.',
  }),
  graphqlEnum(GraphNodeType, 'GraphNodeType', 'What a node of a graph view stands for.', {
    ACTOR: 'A person, state or organization.',
    PLACE: 'A city, region, facility or other place.',
  }),
  graphqlEnum(GraphEdgeType, 'GraphEdgeType', 'What an edge of a graph view stands for.', {
    INTERACTION: 'Interactions of one kind from an initiator to a target, counted in `weight`.',
    RELATION: 'A standing relation (LEADS, REPRESENTS, BORDERS…) from its subject to its object.',
  }),
  graphqlEnum(PathNodeType, 'PathNodeType', 'What a node on a path is.', {
    ACTOR: 'A person, state or organization.',
    PLACE: 'A city, region, facility or other place.',
    INTERACTION: 'An interaction the path passes through (a call, a statement…).',
  }),
  graphqlEnum(
    PathDirection,
    'PathDirection',
    'Which way a path walks a relationship, relative to how the relationship points.',
    {
      FORWARD: "From the relationship's start to its end (Vrublevsky REPRESENTS Ukraine).",
      BACKWARD: 'Against it, from its end to its start (Ukraine, which Zelenskyy LEADS).',
    },
  ),
  graphqlEnum(
    InteractionOrder,
    'InteractionOrder',
    'How to order interactions; ties are broken by id, so pages are stable.',
    {
      DATE_DESC: 'Latest first (the default).',
      DATE_ASC: 'Oldest first.',
    },
  ),
  graphqlEnum(DatasetFormat, 'DatasetFormat', 'How a dataset sent to loadDataset is written.', {
    YAML: 'YAML, as the files in data/.',
    JSON: 'JSON, the same structure.',
  }),
  graphqlEnum(DatabaseStatus, 'DatabaseStatus', 'Whether the graph database answers right now.', {
    UP: 'Neo4j answers over Bolt.',
    DOWN: 'Neo4j cannot be reached.',
  }),
  graphqlEnum(WriteStatus, 'WriteStatus', 'What a curation write did to its record.', {
    CREATED: 'The record did not exist and was created.',
    UPDATED: 'The record existed and was changed.',
    UNCHANGED: 'The record was already stored exactly so: nothing written, no change logged.',
  }),
  graphqlEnum(
    CentralityMetric,
    'CentralityMetric',
    'How to measure an actor’s importance in the who-spoke-to-whom network.',
    {
      DEGREE:
        'Weighted degree: the interactions the actor initiated plus those directed at it (and its co-participations, ' +
        'mentions when asked), counted once per actor on the other side.',
      PAGERANK:
        'PageRank (damping 0.85) over links weighted by interaction count, a co-participation walked either way: ' +
        'actors addressed by well-addressed actors score high. Scores sum to 1.',
      BETWEENNESS:
        'Brandes betweenness over directed links (a co-participation both ways), unweighted: the share of shortest ' +
        'paths between other actors that pass through this one, normalized to [0, 1] — the brokers. Exact while ' +
        'expected to take at most 5 s (actors × (actors + links) searches); beyond, estimated from as many source ' +
        'actors as fit in 10 s (at least 50), drawn by a seeded generator (the same answer every time) and scaled ' +
        'by actors ÷ sources, with `approximate: true` (on a 1,000-actor test network, 100 sources put every score ' +
        'within 10% of the top score of exact); refused when even 50 sources would not fit.',
    },
  ),
  graphqlEnum(ChangeOperation, 'ChangeOperation', 'Which write made a change: a mutation, a load or an import.', {
    UPSERT_ACTOR: 'upsertActor: an actor created or updated.',
    ADD_ALIAS: 'addAlias: an alias added to an actor.',
    RECORD_INTERACTION: 'recordInteraction: an interaction created or updated, with its evidence.',
    UPSERT_RELATION: 'upsertRelation: a standing relation created or updated.',
    MERGE_ACTORS: 'mergeActors: one actor merged into another.',
    DELETE_INTERACTION: 'deleteInteraction: an interaction deleted.',
    LOAD_DATASET: 'loadDataset: a dataset loaded by an admin (targetIds: the records a batch created or updated).',
    CLI_LOAD: 'cli load: one batch of a dataset loaded from the command line.',
    IMPORT_GDELT: 'cli import gdelt: one batch of GDELT events.',
    IMPORT_ICEWS: 'cli import icews: one batch of ICEWS events.',
    IMPORT_TABLE: 'cli import table: one batch of events read through a mapping.',
  }),
  graphqlEnum(ActorRole, 'ActorRole', 'The part an actor plays in an interaction.', {
    INITIATOR: 'The actor initiated it: the caller, speaker, attacker.',
    TARGET: 'It was directed at the actor: the callee, audience, target.',
    ANY: 'Any part, including being mentioned (the default).',
  }),
];

for (const { values, name, description, valueDescriptions } of GRAPHQL_ENUMS) {
  registerEnumType(values, {
    name,
    description,
    valuesMap: Object.fromEntries(Object.entries(valueDescriptions).map(([key, text]) => [key, { description: text }])),
  });
}
