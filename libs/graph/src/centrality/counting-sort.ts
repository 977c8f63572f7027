/**
 * `items` stably sorted by an integer key from 0 to `keys - 1`, in linear time: sorting by the least significant key
 * first and the most significant last orders by all of them (a radix sort), without a comparison per pair.
 */
export function countingSort(items: Uint32Array, keyOf: (item: number) => number, keys: number): Uint32Array {
  const counts = new Uint32Array(keys + 1);
  for (const item of items) counts[keyOf(item) + 1] += 1;
  for (let k = 0; k < keys; k += 1) counts[k + 1] += counts[k]!;
  const sorted = new Uint32Array(items.length);
  for (const item of items) {
    const key = keyOf(item);
    sorted[counts[key]!] = item;
    counts[key] += 1;
  }
  return sorted;
}

/** The indexes 0 … length - 1. */
export function indexes(length: number): Uint32Array {
  const all = new Uint32Array(length);
  for (let i = 0; i < length; i += 1) all[i] = i;
  return all;
}
