import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DatabaseHealthService } from './database-health.service';
import { DatabaseStatus } from './models/neo4j-status.model';
import { SERVICE_VERSION } from '@actorgraph/config';

/** `GET /health`: 200 with Neo4j's version when Bolt answers, 503 with the reason when not. */
@Controller('health')
export class HealthController {
  constructor(private readonly health: DatabaseHealthService) {}

  @Get()
  async check(@Res() reply: FastifyReply): Promise<void> {
    const neo4j = await this.health.check();
    const up = neo4j.status === DatabaseStatus.UP;
    await reply.status(up ? 200 : 503).send({ status: up ? 'ok' : 'unavailable', version: SERVICE_VERSION, neo4j });
  }
}
