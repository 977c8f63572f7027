import { Query, Resolver } from '@nestjs/graphql';
import { Stats } from './models/stats.model';
import { StatsService } from './stats.service';

@Resolver(() => Stats)
export class StatsResolver {
  constructor(private readonly statsService: StatsService) {}

  @Query(() => Stats, { description: 'Counts of actors, places, interactions (per kind), sources and relations.' })
  stats(): Promise<Stats> {
    return this.statsService.stats();
  }
}
