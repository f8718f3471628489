import { KlasLabError } from '@klaslab/core';
import type { ColorizeOptions, ColorizeResult, Engine, KeptOutput } from './engine.js';
import type {
  ColorProbe,
  ExplorationAlternativesOptions,
  ProbeOptions,
  RecolorOptions,
} from './exploration.js';

/**
 * How many explorations a colorizer keeps alive by default. Each keeps the photo (4 bytes a pixel)
 * and the model's output (5 MB for 313 bins at 64×64); when one more is explored, the oldest is
 * freed, so a page that forgets `dispose()` cannot grow without bound.
 */
export const DEFAULT_MAX_EXPLORATIONS = 4;

/** `maxExplorations` checked (a whole number from 1 to 64), or the default. */
export function maxExplorationsOf(value: number | undefined): number {
  if (value === undefined) return DEFAULT_MAX_EXPLORATIONS;
  if (!Number.isInteger(value) || value < 1 || value > 64) {
    throw new KlasLabError(
      'COLORIZE_BAD_OPTION',
      `Option maxExplorations must be a whole number from 1 to 64 (got ${JSON.stringify(value)}).`,
      { details: { option: 'maxExplorations', value } },
    );
  }
  return value;
}

/** The error of every call on an exploration that was disposed or freed for a newer one. */
export function explorationGone(id: number, limit: number): KlasLabError {
  return new KlasLabError(
    'COLORIZE_EXPLORATION_DISPOSED',
    `This exploration was disposed, or freed because more than ${limit} were explored after it.`,
    {
      details: {
        exploration: id,
        limit,
        hint: 'Call explore() again (maxExplorations sets how many stay alive).',
      },
    },
  );
}

/**
 * The kept outputs of one engine by id, at most `limit` (oldest freed first): what the page holds
 * in Node and on the worker side in browsers.
 */
export function createExplorationStore(engine: Engine, limit = DEFAULT_MAX_EXPLORATIONS) {
  const kept = new Map<number, KeptOutput>();
  let nextId = 1;
  const get = (id: number): KeptOutput => {
    const found = kept.get(id);
    if (!found) throw explorationGone(id, limit);
    return found;
  };
  return {
    async explore(
      image: Parameters<Engine['explore']>[0],
      options: ColorizeOptions,
      decodeMs: number,
      handedOver: boolean,
    ): Promise<{ id: number; result: ColorizeResult }> {
      const explored = await engine.explore(image, options, decodeMs, handedOver);
      const id = nextId++;
      kept.set(id, explored.kept);
      for (const old of kept.keys()) {
        if (kept.size <= limit) break;
        kept.delete(old);
      }
      return { id, result: explored.result };
    },
    recolor: async (id: number, options: RecolorOptions): Promise<ColorizeResult> =>
      engine.recolor(get(id), options),
    alternatives: async (
      id: number,
      options: ExplorationAlternativesOptions,
    ): Promise<ColorizeResult[]> => engine.sampleKept(get(id), options),
    probe: async (id: number, x: number, y: number, options: ProbeOptions): Promise<ColorProbe> =>
      engine.probe(get(id), x, y, options),
    release(id: number): void {
      kept.delete(id);
    },
    clear(): void {
      kept.clear();
    },
  };
}

export type ExplorationStore = ReturnType<typeof createExplorationStore>;
