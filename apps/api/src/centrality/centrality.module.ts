import { Module } from '@nestjs/common';
import { CentralityResolver } from './centrality.resolver';
import { CentralityService } from './centrality.service';

@Module({ providers: [CentralityResolver, CentralityService] })
export class CentralityModule {}
