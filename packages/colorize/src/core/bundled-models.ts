/**
 * The models shipped inside the package, by the name you pass as `model`: each maps to its folder
 * under the package's `models/` (copied there at build time from the repository's `models/`).
 * `'default'` is KlasLab-small; KlasLab-tiny stays loadable by name for comparison lessons.
 * A folder that happens to carry one of these names is loaded with a path (`./klaslab-tiny`).
 */
export const BUNDLED_MODELS = {
  default: 'default',
  'klaslab-small': 'default',
  'klaslab-tiny': 'klaslab-tiny',
} as const;

export type BundledModelName = keyof typeof BUNDLED_MODELS;

/** The package folder (under `models/`) of a bundled model name, or undefined for other strings. */
export function bundledModelFolder(name: string): string | undefined {
  return Object.hasOwn(BUNDLED_MODELS, name) ? BUNDLED_MODELS[name as BundledModelName] : undefined;
}

/**
 * The `model.json` URL of a bundled model, relative to a module two levels below the package root
 * (`dist/node/`, `dist/browser/` or `src/*`), or undefined when `name` is not a bundled model.
 */
export function bundledModelUrl(name: string, base: string | URL): URL | undefined {
  const folder = bundledModelFolder(name);
  return folder === undefined ? undefined : new URL(`../../models/${folder}/model.json`, base);
}
