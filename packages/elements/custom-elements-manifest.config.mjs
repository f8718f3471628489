// @custom-elements-manifest/analyzer: reads the JSDoc tags of src/components/**.
export default {
  globs: ['src/components/**/ai-*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
