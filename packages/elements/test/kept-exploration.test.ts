import type { Colorizer, Exploration } from '@klaslab/colorize/browser';
import { KlasLabError } from '@klaslab/core';
import { describe, expect, it } from 'vitest';
import { KeptExploration } from '../src/components/ai-colorizer/kept-exploration.js';

/** An exploration whose output is gone after `gone()` (as when its worker ended or freed it). */
function fakeExploration(name: string, code = 'COLORIZE_DISPOSED') {
  let alive = true;
  const disposed: string[] = [];
  const exploration = {
    async recolor() {
      if (!alive) throw new KlasLabError(code, `${name} is gone`);
      return name;
    },
    async dispose() {
      disposed.push(name);
    },
  } as unknown as Exploration;
  return { exploration, gone: () => (alive = false), disposed };
}

/** A colorizer whose explore() hands out `next` and counts the calls. */
function fakeColorizer(next: () => Exploration, wait?: Promise<void>) {
  const calls: Array<{ input: unknown; signal: AbortSignal | undefined }> = [];
  const colorizer = {
    async explore(input: unknown, options: { signal?: AbortSignal }) {
      calls.push({ input, signal: options.signal });
      await wait;
      return next();
    },
  } as unknown as Colorizer;
  return { colorizer, calls };
}

/** Any photo: the fakes only pass it on. */
const photo = { width: 1, height: 1, data: new Uint8ClampedArray(4) };

const recolor = (e: Exploration) => e.recolor() as unknown as Promise<string>;

describe('KeptExploration: a photo whose model output may be freed under it', () => {
  it('uses the exploration while it lives, and explores the photo again once it is gone', async () => {
    const old = fakeExploration('old');
    const fresh = fakeExploration('new');
    const { colorizer, calls } = fakeColorizer(() => fresh.exploration);
    const kept = new KeptExploration(old.exploration, photo, async () => colorizer);
    expect(await kept.use(recolor)).toBe('old');
    expect(calls).toEqual([]);
    old.gone();
    expect(await kept.use(recolor)).toBe('new');
    expect(await kept.use(recolor)).toBe('new');
    expect(calls.map((c) => c.input)).toEqual([photo]);
  });

  it('also when the worker freed it for newer explorations', async () => {
    const old = fakeExploration('old', 'COLORIZE_EXPLORATION_DISPOSED');
    const { colorizer } = fakeColorizer(() => fakeExploration('new').exploration);
    const kept = new KeptExploration(old.exploration, photo, async () => colorizer);
    old.gone();
    expect(await kept.use(recolor)).toBe('new');
  });

  it('explores once for calls at the same time; an aborted caller does not abort the others', async () => {
    const old = fakeExploration('old');
    let explored!: () => void;
    const { colorizer, calls } = fakeColorizer(
      () => fakeExploration('new').exploration,
      new Promise((resolve) => {
        explored = resolve;
      }),
    );
    const kept = new KeptExploration(old.exploration, photo, async () => colorizer);
    old.gone();
    const first = new AbortController();
    const a = kept.use(recolor, first.signal);
    const b = kept.use(recolor);
    await new Promise((resolve) => setTimeout(resolve, 10));
    first.abort();
    explored();
    await expect(a).rejects.toThrow();
    expect(await b).toBe('new');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.signal?.aborted).toBe(false);
  });

  it('other errors are the caller’s; a failed revival is tried again on the next call', async () => {
    const old = fakeExploration('old');
    let fail = true;
    const { colorizer, calls } = fakeColorizer(() => {
      if (fail) throw new KlasLabError('COLORIZE_WORKER_FAILED', 'no worker');
      return fakeExploration('new').exploration;
    });
    const kept = new KeptExploration(old.exploration, photo, async () => colorizer);
    const bad = {
      recolor: async () => Promise.reject(new KlasLabError('COLORIZE_BAD_OPTION', 'x')),
    };
    await expect(kept.use(() => bad.recolor())).rejects.toMatchObject({
      code: 'COLORIZE_BAD_OPTION',
    });
    expect(calls).toHaveLength(0);
    old.gone();
    await expect(kept.use(recolor)).rejects.toMatchObject({ code: 'COLORIZE_WORKER_FAILED' });
    fail = false;
    expect(await kept.use(recolor)).toBe('new');
    expect(calls).toHaveLength(2);
  });

  it('dispose() frees the output and stops a revival under way (its late output is freed too)', async () => {
    const old = fakeExploration('old');
    const fresh = fakeExploration('new');
    let explored!: () => void;
    const { colorizer, calls } = fakeColorizer(
      () => fresh.exploration,
      new Promise((resolve) => {
        explored = resolve;
      }),
    );
    const kept = new KeptExploration(old.exploration, photo, async () => colorizer);
    old.gone();
    const using = kept.use(recolor);
    await new Promise((resolve) => setTimeout(resolve, 10));
    kept.dispose();
    expect(calls[0]!.signal?.aborted).toBe(true);
    explored();
    await expect(using).rejects.toThrow();
    expect(old.disposed).toEqual(['old']);
    expect(fresh.disposed).toEqual(['new']);
  });
});
