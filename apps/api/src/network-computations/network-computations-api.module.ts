import { NetworkComputationsModule } from '@actorgraph/network';
import { Module } from '@nestjs/common';
import { NetworkComputationsService } from './network-computations.service';

/** What the centrality and communities fields share: one cache and one worker pool for the application. */
@Module({
  imports: [NetworkComputationsModule],
  providers: [NetworkComputationsService],
  exports: [NetworkComputationsService],
})
export class NetworkComputationsApiModule {}
