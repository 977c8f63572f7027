import { registerEnumType } from '@nestjs/graphql';

/** How a dataset sent to loadDataset is written. */
export enum DatasetFormat {
  YAML = 'yaml',
  JSON = 'json',
}

registerEnumType(DatasetFormat, {
  name: 'DatasetFormat',
  description: 'How a dataset sent to loadDataset is written.',
  valuesMap: {
    YAML: { description: 'YAML, as the files in data/.' },
    JSON: { description: 'JSON, the same structure.' },
  },
});
