import { Module } from '@nestjs/common';
import { DatabaseHealthService } from './database-health.service';
import { HealthController } from './health.controller';

/** `GET /health`, and the Neo4j check it shares with the `server` query. */
@Module({ controllers: [HealthController], providers: [DatabaseHealthService], exports: [DatabaseHealthService] })
export class HealthModule {}
