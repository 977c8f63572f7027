import { getNullableType, type GraphQLOutputType, type GraphQLSchema } from 'graphql';

/**
 * Every root query field is nullable, so that one failing field (a bad id, a timeout, a busy database) nulls
 * itself and reports its error while the other root fields of the same request keep their answers. (Graphql-js
 * nulls the nearest nullable parent of a failing field; with non-null roots that parent is the whole `data`.)
 * Mutations keep their types: a write either happened or not.
 */
export function nullableRootQueryFields(schema: GraphQLSchema): GraphQLSchema {
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const field of Object.values(fields)) {
    field.type = getNullableType(field.type) as GraphQLOutputType;
  }
  return schema;
}
