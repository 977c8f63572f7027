import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/** Where a string goes inside an argument: input field names, and `[]` for a list element. */
export type Slot = readonly string[];

/** One GraphQL request that puts a hostile value at one string slot of one root field. */
export interface FuzzCall {
  /** `Query.actors(where.name)`: what a failing test names. */
  label: string;
  /** The hostile value the call carries. */
  value: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface FuzzOptions {
  /** Value for required ID arguments the call does not target: an id the graph holds. */
  id: string;
  /** Value for required String arguments the call does not target. */
  text: string;
}

/** Every String or ID position of an input type, recursively through input objects and lists. */
export function stringSlots(type: GraphQLInputType, prefix: Slot = [], seen = new Set<string>()): Slot[] {
  if (isNonNullType(type)) return stringSlots(type.ofType, prefix, seen);
  if (isListType(type)) return stringSlots(type.ofType, [...prefix, '[]'], seen);
  if (isInputObjectType(type)) {
    if (seen.has(type.name)) return []; // recursive inputs (AND/OR lists) are covered once
    const inner = new Set(seen).add(type.name);
    return Object.values(type.getFields()).flatMap((f) => stringSlots(f.type, [...prefix, f.name], inner));
  }
  return isScalarType(type) && (type.name === 'String' || type.name === 'ID') ? [prefix] : [];
}

/** The least valid value of a type: what a call puts in the required arguments it does not target. */
function minimal(type: GraphQLInputType, options: FuzzOptions): unknown {
  if (isNonNullType(type)) return minimal(type.ofType, options);
  if (isListType(type)) return [minimal(type.ofType, options)];
  if (isInputObjectType(type)) return requiredFields(type, options);
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isScalarType(type)) {
    if (type.name === 'ID') return options.id;
    if (type.name === 'Int' || type.name === 'Float') return 1;
    if (type.name === 'Boolean') return false;
  }
  return options.text;
}

function isRequired(arg: { type: GraphQLInputType; defaultValue?: unknown }): boolean {
  return isNonNullType(arg.type) && arg.defaultValue === undefined;
}

function requiredFields(type: GraphQLInputType, options: FuzzOptions): Record<string, unknown> {
  const fields = isInputObjectType(type) ? Object.values(type.getFields()) : [];
  return Object.fromEntries(fields.filter(isRequired).map((f) => [f.name, minimal(f.type, options)]));
}

/** A value of `type` holding `hostile` at `slot`; a list at the slot gets a null beside it when `nullInList`. */
function place(
  type: GraphQLInputType,
  slot: Slot,
  hostile: unknown,
  options: FuzzOptions,
  nullInList: boolean,
): unknown {
  if (isNonNullType(type)) return place(type.ofType, slot, hostile, options, nullInList);
  const [step, ...rest] = slot;
  if (step === undefined) return hostile;
  if (isListType(type)) {
    const element = place(type.ofType, rest, hostile, options, nullInList);
    return nullInList && rest.length === 0 ? [element, null] : [element];
  }
  if (!isInputObjectType(type)) return hostile;
  const field = type.getFields()[step]!;
  return { ...requiredFields(type, options), [step]: place(field.type, rest, hostile, options, nullInList) };
}

/** `{ __typename scalar fields }`: enough for the resolver to run and its answer to be checked. */
function selection(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) && !isInterfaceType(named)) return '{ __typename }';
  const leaves = Object.values(named.getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && !f.args.some(isRequired))
    .map((f) => f.name);
  return `{ __typename ${leaves.join(' ')} }`;
}

function call(
  operation: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  target: { arg: GraphQLArgument; slot: Slot; value: string; nullInList: boolean },
  options: FuzzOptions,
): FuzzCall {
  const args = field.args.filter((a) => a === target.arg || isRequired(a));
  const variables = Object.fromEntries(
    args.map((a) => [
      a.name,
      a === target.arg
        ? place(a.type, target.slot, target.value, options, target.nullInList)
        : minimal(a.type, options),
    ]),
  );
  const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return {
    label: `${operation === 'query' ? 'Query' : 'Mutation'}.${field.name}(${[target.arg.name, ...target.slot].join('.')})`,
    value: target.value,
    query: `${operation} Fuzz${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection(field.type)} }`,
    variables,
  };
}

/**
 * For every root field of `operation` and every string slot of its arguments, one call per
 * hostile value (lists get a null beside it), plus one over-limit value per field.
 */
export function fuzzCalls(
  schema: GraphQLSchema,
  operation: 'query' | 'mutation',
  hostile: readonly string[],
  oversized: string,
  options: FuzzOptions,
): FuzzCall[] {
  const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
  const calls: FuzzCall[] = [];
  for (const field of Object.values(root?.getFields() ?? {})) {
    const targets = field.args.flatMap((arg) => stringSlots(arg.type).map((slot) => ({ arg, slot })));
    targets.forEach(({ arg, slot }, i) => {
      for (const value of hostile) calls.push(call(operation, field, { arg, slot, value, nullInList: true }, options));
      if (i === 0) calls.push(call(operation, field, { arg, slot, value: oversized, nullInList: false }, options));
    });
  }
  return calls;
}
