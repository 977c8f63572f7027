import { formatIssue } from '@actorgraph/dataset';
import { DatasetLoader } from '@actorgraph/ingest';
import { Neo4jService, type CypherQuery } from '@actorgraph/neo4j';
import { Injectable, Logger } from '@nestjs/common';

/** Loads the shipped dataset when the graph holds no actors yet, so a first start shows real data. */
@Injectable()
export class SeedDatasetService {
  private readonly logger = new Logger(SeedDatasetService.name);
  private readonly graphIsEmpty: CypherQuery;

  constructor(
    private readonly neo4j: Neo4jService,
    private readonly loader: DatasetLoader,
  ) {
    this.graphIsEmpty = neo4j.queries.require('seed/graph-is-empty');
  }

  async seedIfEmpty(path: string): Promise<void> {
    const [row] = await this.neo4j.read<{ empty: boolean }>(this.graphIsEmpty);
    if (!row?.empty) return;
    const result = await this.loader.load([path]);
    for (const warning of result.warnings) this.logger.warn(formatIssue(warning));
    if (!result.ok) {
      // A broken shipped dataset must not take the API down; say exactly what is wrong.
      this.logger.error(
        `seed dataset ${path} not loaded (${result.issues.length} errors):\n${result.issues.map(formatIssue).join('\n')}`,
      );
      return;
    }
    const { sections } = result.summary;
    this.logger.log(
      `seeded ${path}: ${sections.actors.created} actors, ${sections.places.created} places, ` +
        `${sections.relations.created} relations, ${sections.interactions.created} interactions`,
    );
  }
}
