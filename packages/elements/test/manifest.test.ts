import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from './helpers/harness.js';

interface Member {
  name: string;
  privacy?: string;
  kind: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  members?: Member[];
  attributes?: { name: string; fieldName?: string }[];
  events?: { name: string; description?: string }[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

async function manifest(): Promise<Manifest> {
  return JSON.parse(await readFile(join(packageRoot, 'custom-elements.json'), 'utf8'));
}

/** `x: { state: true }` in a module's `static properties`: Lit's internal reactive state. */
async function stateNames(path: string): Promise<string[]> {
  const source = await readFile(join(packageRoot, path), 'utf8');
  return [...source.matchAll(/(\w+): \{ state: true \}/g)].map((m) => m[1]!);
}

describe('custom-elements.json shows the public API only (Storybook controls, docs)', () => {
  it('has no private, protected or Lit state members or attributes, and no undocumented events', async () => {
    const m = await manifest();
    const classes = m.modules.flatMap((mod) =>
      (mod.declarations ?? []).filter((d) => d.kind === 'class').map((d) => ({ mod, d })),
    );
    expect(classes.map(({ d }) => d.tagName).filter(Boolean)).toEqual(
      expect.arrayContaining(['ai-colorizer', 'ai-event-card', 'ai-event-list', 'ai-explainer']),
    );
    for (const { mod, d } of classes) {
      const state = await stateNames(mod.path);
      const members = d.members ?? [];
      const where = `${d.name} (${mod.path})`;
      expect(
        members.filter((x) => x.privacy === 'private' || x.privacy === 'protected'),
        where,
      ).toEqual([]);
      expect(
        members.filter((x) => x.name.startsWith('#') || state.includes(x.name)).map((x) => x.name),
        where,
      ).toEqual([]);
      expect(
        (d.attributes ?? [])
          .filter((a) => state.includes(a.fieldName ?? a.name) || state.includes(a.name))
          .map((a) => a.name),
        where,
      ).toEqual([]);
      expect(
        (d.events ?? []).filter((e) => !e.description).map((e) => e.name),
        where,
      ).toEqual([]);
    }
  });

  it('lists the colorizer’s documented attributes, and no internal field, as attributes', async () => {
    const m = await manifest();
    const colorizer = m.modules
      .flatMap((mod) => mod.declarations ?? [])
      .find((d) => d.tagName === 'ai-colorizer');
    const attributes = (colorizer?.attributes ?? []).map((a) => a.name);
    expect(attributes).toEqual(expect.arrayContaining(['model-src', 'loading', 'panels', 'lang']));
    for (const internal of ['phase', 'colorizerPromise', 'loadAbort', 'statusText', 'split'])
      expect(attributes).not.toContain(internal);
    expect((colorizer?.events ?? []).map((e) => e.name)).not.toContain('type');
  });
});
