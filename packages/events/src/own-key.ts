/**
 * `table[key]` for a key that comes from input, counting only the table's own entries: a key such
 * as `constructor` or `valueOf` must not find Object.prototype's members (found by fuzzing).
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
