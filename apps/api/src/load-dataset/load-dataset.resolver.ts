import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { RequireRole } from '../access/require-role.decorator';
import { Role } from '../access/role';
import { DatasetFormat } from './dto/dataset-format';
import { LoadDatasetResult } from './models/load-dataset-result.model';
import { LoadDatasetService } from './load-dataset.service';

@Resolver(() => LoadDatasetResult)
export class LoadDatasetResolver {
  constructor(private readonly service: LoadDatasetService) {}

  @RequireRole(Role.ADMIN)
  @Mutation(() => LoadDatasetResult, {
    description:
      'Validates a dataset (the format of `cli load`) and loads it; nothing is written unless all of it is valid. ' +
      'Errors name line, column and path. Bounded by the request size limit: large loads go through the CLI (admin).',
  })
  loadDataset(
    @Args('content', { description: 'The dataset itself, as the text of a YAML or JSON file.' }) content: string,
    @Args('format', {
      type: () => DatasetFormat,
      defaultValue: DatasetFormat.YAML,
      description: 'How content is written.',
    })
    format: DatasetFormat,
    @Args('dryRun', { defaultValue: false, description: 'Only validate and report what would change; write nothing.' })
    dryRun: boolean,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<LoadDatasetResult> {
    return this.service.load(content, format, dryRun, principal);
  }
}
