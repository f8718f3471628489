import { KlasLabError } from '@klaslab/core';

/**
 * The Node engines are optional peer dependencies: a website that installs `@klaslab/colorize` (or
 * `@klaslab/elements`) for the browser does not get 300 MB of native binaries. Node code loads them
 * here, on first use, and says which package to install when one is missing.
 */
const NEEDED_FOR = {
  'onnxruntime-node': 'running models in Node',
  sharp: 'reading and writing image files in Node',
} as const;

export type NodeEngine = keyof typeof NEEDED_FOR;

function isMissing(error: unknown, name: string): boolean {
  const e = error as NodeJS.ErrnoException | undefined;
  return (
    (e?.code === 'ERR_MODULE_NOT_FOUND' || e?.code === 'MODULE_NOT_FOUND') &&
    String(e.message).includes(name)
  );
}

const loading = new Map<NodeEngine, Promise<unknown>>();

/** Imports an optional Node engine, or throws `COLORIZE_NODE_ENGINE_MISSING` naming the package. */
export function importNodeEngine<T>(name: NodeEngine, load: () => Promise<T>): Promise<T> {
  let promise = loading.get(name) as Promise<T> | undefined;
  if (!promise) {
    promise = load().catch((cause: unknown) => {
      loading.delete(name);
      if (!isMissing(cause, name)) throw cause;
      throw new KlasLabError(
        'COLORIZE_NODE_ENGINE_MISSING',
        `@klaslab/colorize needs the package "${name}" for ${NEEDED_FOR[name]}: npm install ${name}`,
        {
          cause,
          details: {
            package: name,
            hint: `Install it next to @klaslab/colorize: npm install onnxruntime-node sharp (browsers need neither).`,
          },
        },
      );
    });
    loading.set(name, promise);
  }
  return promise;
}

export const loadOrtNode = () =>
  importNodeEngine('onnxruntime-node', () => import('onnxruntime-node'));

export const loadSharp = () =>
  importNodeEngine('sharp', async () => (await import('sharp')).default);
