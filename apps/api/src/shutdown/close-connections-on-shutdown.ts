import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';

/**
 * Once the API starts closing, every response it still sends says `connection: close`.
 * Node closes idle keep-alive sockets when the server closes, but a socket busy with a request
 * at that moment stays open after its response until the keep-alive timeout (72 s in fastify),
 * which held shutdown for over a minute. With this, draining ends with the last in-flight response.
 */
export function closeConnectionsOnShutdown(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  let closing = false;
  fastify.addHook('preClose', async () => {
    closing = true;
  });
  fastify.addHook('onSend', async (_request, reply, payload) => {
    if (closing) void reply.header('connection', 'close');
    return payload;
  });
}
