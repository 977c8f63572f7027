import { Module } from '@nestjs/common';
import { NetworkComputationsApiModule } from '../network-computations/network-computations-api.module';
import { CentralityResolver } from './centrality.resolver';
import { CentralityService } from './centrality.service';
import { WindowedCentralityService } from './windows/windowed-centrality.service';

@Module({
  imports: [NetworkComputationsApiModule],
  providers: [CentralityResolver, CentralityService, WindowedCentralityService],
})
export class CentralityModule {}
