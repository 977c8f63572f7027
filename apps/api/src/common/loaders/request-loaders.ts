import DataLoader from 'dataloader';

/**
 * The DataLoaders of one GraphQL request, so nested fields over many parents
 * (each actor's interactions, counterparts…) cost one query per field, not one per parent.
 * Created per request in the GraphQL context (access/graphql-context.ts, built in app.module.ts).
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /** The loader for `name` with these arguments (a field's args): same args, same batch. */
  get<K, V>(name: string, args: unknown, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    const key = `${name}:${JSON.stringify(args ?? null)}`;
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
      this.loaders.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}
