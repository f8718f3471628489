import { KlasLabError } from '@klaslab/core';

// The last second DTSTAMP can show (9999-12-31T23:59:59Z).
const MAX_EPOCH_SECONDS = 253_402_300_799;

/**
 * The build's "now" in epoch milliseconds: `SOURCE_DATE_EPOCH` (seconds, reproducible builds) when
 * set, else the clock. Used for `DTSTAMP` and for `publishDate`/`expiryDate`. A value that is not
 * whole seconds up to the year 9999 is `EVENTS_BAD_SOURCE_DATE_EPOCH` (it used to become
 * `DTSTAMP:+31688…`).
 */
export function buildTime(env: Record<string, string | undefined> = process.env): number {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return Date.now();
  if (!/^\d+$/.test(epoch) || Number(epoch) > MAX_EPOCH_SECONDS) {
    throw new KlasLabError(
      'EVENTS_BAD_SOURCE_DATE_EPOCH',
      `SOURCE_DATE_EPOCH must be whole seconds since 1970 up to ${MAX_EPOCH_SECONDS}, not "${epoch}".`,
      {
        details: {
          value: String(epoch),
          max: MAX_EPOCH_SECONDS,
          hint: 'For example SOURCE_DATE_EPOCH=$(git log -1 --format=%ct).',
        },
      },
    );
  }
  return Number(epoch) * 1000;
}
