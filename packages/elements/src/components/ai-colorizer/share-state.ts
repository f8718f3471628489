/**
 * The colorizer's shareable state in the page URL (`share-state`): one link opens the same
 * sample, colouring, temperature and view for a whole class. Kept in the query string with a
 * `colorizer-` prefix, so it never touches the page's own parameters.
 */
export interface SharedState {
  sample?: string;
  seed?: number;
  temperature?: number;
  view?: string;
}

const KEYS = {
  sample: 'colorizer-sample',
  seed: 'colorizer-seed',
  temperature: 'colorizer-temperature',
  view: 'colorizer-view',
} as const;

const number = (v: string | null) => {
  if (v === null || v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
};

/** The state a URL carries (unknown or malformed values are left out). */
export function readSharedState(url: string): SharedState {
  const q = new URL(url).searchParams;
  const state: SharedState = {};
  const sample = q.get(KEYS.sample);
  if (sample && /^[\w-]+$/.test(sample)) state.sample = sample;
  const seed = number(q.get(KEYS.seed));
  if (seed !== undefined && Number.isInteger(seed) && seed > 0) state.seed = seed;
  const temperature = number(q.get(KEYS.temperature));
  if (temperature !== undefined && temperature > 0 && temperature <= 10)
    state.temperature = temperature;
  const view = q.get(KEYS.view);
  if (view && /^[a-z]+$/.test(view)) state.view = view;
  return state;
}

/** `url` with `state` written in (keys whose value is undefined are removed). */
export function writeSharedState(url: string, state: SharedState): string {
  const u = new URL(url);
  for (const [name, key] of Object.entries(KEYS) as [keyof SharedState, string][]) {
    const value = state[name];
    if (value === undefined) u.searchParams.delete(key);
    else u.searchParams.set(key, String(value));
  }
  return u.href;
}
