/**
 * The build's "now" in epoch milliseconds: `SOURCE_DATE_EPOCH` (seconds, reproducible builds) when
 * set, else the clock. Used for `DTSTAMP` and for `publishDate`/`expiryDate`.
 */
export function buildTime(env: Record<string, string | undefined> = process.env): number {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
}
