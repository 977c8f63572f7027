import { Module } from '@nestjs/common';
import { EgoNetworkResolver } from './ego-network.resolver';
import { EgoNetworkService } from './ego-network.service';

@Module({ providers: [EgoNetworkResolver, EgoNetworkService] })
export class EgoNetworkModule {}
