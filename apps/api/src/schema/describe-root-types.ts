import type { GraphQLSchema } from 'graphql';

/** Code-first schemas leave the root types undescribed; analysts read these first. */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (query) query.description = 'Read the graph: actors, interactions, who spoke to whom, and how actors connect.';
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = 'Change the graph (curators only).';
  const subscription = schema.getSubscriptionType();
  if (subscription) {
    subscription.description =
      'Live updates over WebSocket (graphql-ws): every committed write, in commit order, from the change log.';
  }
  return schema;
}
