import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** What a graphql-ws subscriber has received, and how it ended. */
export interface Received<T> {
  events: T[];
  errors: unknown[];
  stop: () => Promise<void>;
}

/** A real graphql-ws client on an API's /graphql, authenticated by its connection_init payload. */
export function wsClient(api: { url: string }, apiKey: string): Client {
  return createClient({
    url: `${api.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { apiKey },
    retryAttempts: 0,
  });
}

/** Subscribes and collects every `data[field]` it is sent. `stop` disposes of the client (the socket closes). */
export function subscribe<T>(
  client: Client,
  field: string,
  query: string,
  variables: Record<string, unknown>,
): Received<T> {
  const received: Received<T> = { events: [], errors: [], stop: async () => client.dispose() };
  client.subscribe<Record<string, T>>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) received.errors.push(...value.errors);
        if (value.data?.[field]) received.events.push(value.data[field]);
      },
      error: (error) => received.errors.push(error),
      complete: () => undefined,
    },
  );
  return received;
}

/** Waits (checking every 50 ms) until `done` holds; the test's own timeout bounds the wait. */
export async function until(done: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await done())) await new Promise((resolve) => setTimeout(resolve, 50));
}
