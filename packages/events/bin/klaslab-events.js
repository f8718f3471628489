#!/usr/bin/env node
// Committed (dist/ is not), so npm links this command at install time, before the first build.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(cli)) await import(cli.href);
else {
  console.error('klaslab-events is not built yet: run `npm run build` first.');
  process.exitCode = 1;
}
