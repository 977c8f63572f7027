// The query benchmark's peer: @neo4j/graphql over the same Neo4j, on Apollo Server's standalone HTTP server,
// each with its defaults. Reads NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE; listens on 127.0.0.1,
// on PORT or a free port, and prints {"peer": "<url>"} as one JSON line once it answers.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';

const env = process.env;
const driver = neo4j.driver(env.NEO4J_URI, neo4j.auth.basic(env.NEO4J_USERNAME ?? 'neo4j', env.NEO4J_PASSWORD));
const typeDefs = readFileSync(new URL('./type-defs.graphql', import.meta.url), 'utf8');
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, {
  listen: { host: '127.0.0.1', port: Number(env.PORT ?? 0) },
  context: async () => ({ sessionConfig: { database: env.NEO4J_DATABASE ?? 'neo4j' } }),
});
process.stdout.write(`${JSON.stringify({ peer: url })}\n`);

// The harness ends the peer with SIGTERM: close the server, then the driver.
process.once('SIGTERM', () => {
  server
    .stop()
    .then(() => driver.close())
    .finally(() => process.exit(0));
});
