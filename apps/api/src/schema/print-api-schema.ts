import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

/** The API's schema as SDL, sorted, exactly as committed in `schema.graphql`. */
export function printApiSchema(app: INestApplication): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
