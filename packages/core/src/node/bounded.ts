/** How many files KlasLab opens at once by default: well under the usual `ulimit -n` of 256. */
export const DEFAULT_OPEN_CONCURRENCY = 16;

/**
 * `Promise.all(items.map(fn))` with at most `limit` calls in flight, results in input order. For
 * file reads: an unbounded `Promise.all` over thousands of files fails with `EMFILE`.
 */
export async function mapBounded<T, R>(
  items: readonly T[],
  fn: (item: T, index: number) => Promise<R>,
  limit: number = DEFAULT_OPEN_CONCURRENCY,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
