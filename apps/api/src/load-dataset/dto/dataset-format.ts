/** How a dataset sent to loadDataset is written. */
export enum DatasetFormat {
  YAML = 'yaml',
  JSON = 'json',
}
