// Child process of bench/run.mjs: colorizes one big file four times (first warms up) and prints
// the mean timings and the process's peak RSS as JSON.

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { colorizeFile, createColorizer } from '../dist/node/index.js';

const [input, model] = process.argv.slice(2);
const colorizer = await createColorizer({ model });
const list = [];
for (let i = 0; i < 4; i++) {
  const r = await colorizeFile(input, join(tmpdir(), `klaslab-bench-out-${process.pid}.jpg`), {
    colorizer,
  });
  if (i > 0) list.push(r.timings);
}
await colorizer.dispose();
const keys = Object.keys(list[0]);
const timings = Object.fromEntries(
  keys.map((k) => [k, list.reduce((s, t) => s + t[k], 0) / list.length]),
);
process.stdout.write(JSON.stringify({ timings, maxRssKb: process.resourceUsage().maxRSS }));
