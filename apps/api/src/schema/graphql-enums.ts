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
import table from './enum-descriptions.json';

// Every GraphQL enum, registered in one place: the domain's (@actorgraph/graph, @actorgraph/access) under their own
// names and values, and the ones the API defines. Their prose is data, in enum-descriptions.json keyed by GraphQL name;
// here, only which TypeScript enum each name is and the descriptions computed from code. The compiler cannot hold the
// JSON to the enums, so registration checks that they agree. Imported once, by app.module.ts, before the schema is built.
// (The JSON is not named graphql-enums.json: Node resolves './graphql-enums' to a .json before a .ts under ts-node.)

/** Every GraphQL enum by its schema name: the TypeScript enum whose keys are its values. */
export const GRAPHQL_ENUMS: Readonly<Record<string, object>> = {
  ActorKind,
  InteractionKind,
  RelationType,
  PlaceKind,
  DatePrecision,
  RecognitionStatus,
  Granularity,
  DyadOrder,
  AnalysisLevel,
  LinkMode,
  Role,
  GraphNodeType,
  GraphEdgeType,
  PathNodeType,
  PathDirection,
  InteractionOrder,
  DatasetFormat,
  DatabaseStatus,
  WriteStatus,
  CentralityMetric,
  ChangeOperation,
  ActorRole,
};

/** What the schema says of an enum: its description, and a description of each of its values by key. */
export interface EnumDescriptions {
  description: string;
  values: Readonly<Record<string, string>>;
}

/** enum-descriptions.json, with InteractionKind's values described from INTERACTION_KIND_INFO (and their CAMEO codes). */
export const ENUM_DESCRIPTIONS: Readonly<Record<string, EnumDescriptions>> = {
  ...table,
  InteractionKind: {
    description: table.InteractionKind.description,
    values: Object.fromEntries(
      Object.entries(INTERACTION_KIND_INFO).map(([kind, info]) => [kind, `${info.description} CAMEO ${info.cameo}.`]),
    ),
  },
};

/** registerEnumType's arguments for one enum. */
export interface EnumRegistration {
  values: object;
  name: string;
  description: string;
  valuesMap: Record<string, { description: string }>;
}

/**
 * Pairs every enum with its descriptions, and throws, naming the enum and the value, where they disagree: an enum
 * without an entry or an entry of no enum, an enum without a description, a value without a description or a
 * description of no value.
 */
export function enumRegistrations(
  enums: Readonly<Record<string, object>>,
  descriptions: Readonly<Record<string, Partial<EnumDescriptions>>>,
): EnumRegistration[] {
  const unknown = Object.keys(descriptions).find((name) => !Object.hasOwn(enums, name));
  if (unknown !== undefined) {
    throw new Error(`enum-descriptions.json describes ${unknown}, which is no GraphQL enum`);
  }
  return Object.entries(enums).map(([name, values]) => {
    const entry = descriptions[name];
    if (entry === undefined) throw new Error(`GraphQL enum ${name} has no entry in enum-descriptions.json`);
    if (!entry.description) throw new Error(`GraphQL enum ${name} has no description`);
    const described = entry.values ?? {};
    const keys = Object.keys(values);
    const bare = keys.find((key) => !Object.hasOwn(described, key) || !described[key]);
    if (bare !== undefined) throw new Error(`GraphQL enum ${name}: value ${bare} has no description`);
    const stray = Object.keys(described).find((key) => !keys.includes(key));
    if (stray !== undefined) throw new Error(`GraphQL enum ${name}: ${stray}, described, is no value of it`);
    const valuesMap = Object.fromEntries(keys.map((key) => [key, { description: described[key] as string }]));
    return { values, name, description: entry.description, valuesMap };
  });
}

for (const { values, ...options } of enumRegistrations(GRAPHQL_ENUMS, ENUM_DESCRIPTIONS)) {
  registerEnumType(values, options);
}
