import { ChangeLogModule } from '@actorgraph/change-log';
import { Module } from '@nestjs/common';
import { ChangesResolver } from './changes.resolver';
import { ChangesService } from './changes.service';
import { ChangeFeed } from './live/change-feed';
import { ChangesSubscriptionResolver } from './live/changes-subscription.resolver';
import { SubscriptionMetrics } from './live/subscription-metrics';

/**
 * The `changes` query and subscription, the change feed every subscription reads, and the recorder
 * (libs/change-log) every write records its change with.
 */
@Module({
  imports: [ChangeLogModule],
  providers: [ChangesResolver, ChangesService, ChangesSubscriptionResolver, ChangeFeed, SubscriptionMetrics],
  exports: [ChangeLogModule, ChangeFeed],
})
export class ChangesModule {}
