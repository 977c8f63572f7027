import { Module } from '@nestjs/common';
import { HealthController } from '../health/health.controller';
import { DatabaseHealthService } from './database-health.service';
import { ServerResolver } from './server.resolver';

@Module({ controllers: [HealthController], providers: [DatabaseHealthService, ServerResolver] })
export class ServerModule {}
