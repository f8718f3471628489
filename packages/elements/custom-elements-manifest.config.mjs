import { publicApiPlugin } from './scripts/cem-public-api.mjs';

// @custom-elements-manifest/analyzer: reads the JSDoc tags of src/components/**.
export default {
  globs: ['src/components/**/ai-*.ts', 'src/shared/klaslab-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
    publicApiPlugin(),
    {
      // The analyzer lists modules in file-system order, which differs between machines; a fixed
      // order keeps the committed manifest unchanged by a build.
      name: 'klaslab-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
