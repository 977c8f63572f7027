// `ws` ships no types; the benchmark only hands its class to graphql-ws's createClient.
declare module 'ws' {
  const WebSocket: unknown;
  export default WebSocket;
}
