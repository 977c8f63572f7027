import { Module } from '@nestjs/common';
import { NetworkComputationsApiModule } from '../network-computations/network-computations-api.module';
import { CommunitiesResolver } from './communities.resolver';
import { CommunitiesService } from './communities.service';

@Module({ imports: [NetworkComputationsApiModule], providers: [CommunitiesResolver, CommunitiesService] })
export class CommunitiesModule {}
