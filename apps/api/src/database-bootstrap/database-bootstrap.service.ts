import { APP_CONFIG, type AppConfig } from '@actorgraph/config';
import { DatabaseError, DatabaseErrorCode, MigrationRunner } from '@actorgraph/neo4j';
import { NetworkRebuilder } from '@actorgraph/network';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SeedDatasetService } from './seed-dataset.service';

const RETRY_MS = 5_000;

/**
 * Prepares the database when the API starts: applies migrations, then loads the
 * shipped dataset into an empty graph, and builds the network projection of a graph
 * that has interactions but none yet (docs/network.md). When Neo4j is not up yet the API still
 * starts, and this keeps retrying in the background until it is.
 */
@Injectable()
export class DatabaseBootstrapService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DatabaseBootstrapService.name);
  private retry?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly migrations: MigrationRunner,
    private readonly seed: SeedDatasetService,
    private readonly network: NetworkRebuilder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.prepare();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.retry);
  }

  private async prepare(): Promise<void> {
    try {
      if (this.config.MIGRATE_ON_START) {
        const report = await this.migrations.migrate();
        this.logger.log(
          `migrations: ${report.applied.length} applied, ${report.alreadyApplied.length} already applied`,
        );
      }
      if (this.config.SEED_ON_START) await this.seed.seedIfEmpty(this.config.SEED_PATH);
      if (this.config.MIGRATE_ON_START && (await this.network.rebuildIfMissing()))
        this.logger.log('network projection built from the interactions (the graph had none)');
    } catch (error) {
      if (error instanceof DatabaseError && error.code === DatabaseErrorCode.UNAVAILABLE) {
        this.logger.warn(`Neo4j is not reachable yet; retrying preparation in ${RETRY_MS / 1000}s`);
        this.retry = setTimeout(() => void this.prepare(), RETRY_MS);
        return;
      }
      throw error;
    }
  }
}
