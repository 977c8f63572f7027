// The `ws` package (mercurius's WebSocket server, and the graphql-ws client's socket in these tests) ships no types;
// the tests only hand its class to graphql-ws's createClient.
declare module 'ws' {
  const WebSocket: unknown;
  export default WebSocket;
}
