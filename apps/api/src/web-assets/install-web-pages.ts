import type { AppConfig } from '@actorgraph/config';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { EXPLORE_PAGE } from '../explore/explore-page';
import { GRAPHIQL_PAGE } from '../graphiql/graphiql-page';
import {
  pageHtml,
  SAME_ORIGIN_ONLY,
  WEB_ASSETS_PREFIX,
  webAssetBuilt,
  webAssetsRoot,
  type WebPage,
} from './web-assets';

function servePage(fastify: FastifyInstance, page: WebPage): void {
  const html = pageHtml(page);
  fastify.get(page.path, async (_request, reply) => {
    if (!webAssetBuilt(page.name)) {
      return reply
        .status(503)
        .type('text/plain')
        .send(`${page.path}: the page's bundle is not built; run \`npm run build\`.`);
    }
    return reply.type('text/html; charset=utf-8').header('content-security-policy', SAME_ORIGIN_ONLY).send(html);
  });
}

/**
 * The bundles under /assets/ and the pages built on them: /graphiql (unless GRAPHQL_IDE=false) and /explore. Everything is
 * served by this process; the pages load nothing from another host. Call before `app.init()`.
 */
export async function installWebPages(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  await fastify.register(fastifyStatic, {
    root: webAssetsRoot(),
    prefix: WEB_ASSETS_PREFIX,
    decorateReply: false,
    // The bundles' names do not change between builds: revalidate rather than cache for long.
    maxAge: 0,
  });
  if (config.GRAPHQL_IDE) servePage(fastify, GRAPHIQL_PAGE);
  servePage(fastify, EXPLORE_PAGE);
}
