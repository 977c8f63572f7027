import { Injectable } from '@nestjs/common';
import { Gauge, Histogram } from 'prom-client';
import { MetricsService } from '../../metrics/metrics.service';

/** /metrics of the subscriptions: how many are open, and how long after its commit each event was sent. */
@Injectable()
export class SubscriptionMetrics {
  private readonly open: Gauge<'field'>;
  private readonly lag: Histogram<'field'>;

  constructor(metrics: MetricsService) {
    this.open = new Gauge({
      name: 'actorgraph_subscriptions_open',
      help: 'GraphQL subscriptions open on this process, by field.',
      labelNames: ['field'] as const,
      registers: [metrics.registry],
    });
    this.lag = new Histogram({
      name: 'actorgraph_subscription_delivery_lag_seconds',
      help: 'Time from a change being written (its `at`) to its event being handed to a subscriber, by field.',
      labelNames: ['field'] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [metrics.registry],
    });
  }

  opened(field: string): void {
    this.open.inc({ field });
  }

  closed(field: string): void {
    this.open.dec({ field });
  }

  delivered(field: string, at: string): void {
    const written = Date.parse(at);
    if (!Number.isNaN(written)) this.lag.observe({ field }, Math.max(0, (Date.now() - written) / 1000));
  }
}
