import { Module } from '@nestjs/common';
import { HealthModule } from '../health/health.module';
import { ServerResolver } from './server.resolver';

@Module({ imports: [HealthModule], providers: [ServerResolver] })
export class ServerModule {}
