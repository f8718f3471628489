#!/usr/bin/env node
// Measures the energy of one colorization for the explainer's "energy" topic: the CPU time one
// colorization of a bundled sample costs in Node (onnxruntime-node, the default model, warm
// session) times a stated power per busy core. Writes the figure to
// bench/energy-measured.json (read by scripts/model-facts.mjs), so the
// explainer never carries a hand-typed number. Run: npm run bench:energy --workspace @klaslab/elements
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createColorizer } from '@klaslab/colorize';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const photo = join(root, 'assets/samples/windmill.jpg');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/** Watts drawn by one fully busy CPU core: a school laptop's processor (about 45 W for 4 cores)
 * with some margin; an assumption, stated next to the figure wherever it is shown. */
const WATTS_PER_CORE = 15;

const colorizer = await createColorizer();
await colorizer.colorize(photo); // warm-up: session, first allocations
const cpuMs = [];
const wallMs = [];
for (let i = 0; i < RUNS; i++) {
  const cpu = process.cpuUsage();
  const t = performance.now();
  await colorizer.colorize(photo);
  const used = process.cpuUsage(cpu);
  wallMs.push(performance.now() - t);
  cpuMs.push((used.user + used.system) / 1000);
}
await colorizer.dispose();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cpuSeconds = median(cpuMs) / 1000;
const wattHours = (cpuSeconds * WATTS_PER_CORE) / 3600;
const result = {
  what: 'one colorization of assets/samples/windmill.jpg with the default model (Node, onnxruntime-node, warm session)',
  runs: RUNS,
  cpuMsMedian: Math.round(median(cpuMs)),
  wallMsMedian: Math.round(median(wallMs)),
  wattsPerCore: WATTS_PER_CORE,
  wattHours: Number(wattHours.toPrecision(2)),
  machine: `${cpus()[0]?.model ?? 'cpu'}, ${cpus().length} cores, Node ${process.version}`,
  measured: new Date().toISOString().slice(0, 10),
  command: 'npm run bench:energy --workspace @klaslab/elements',
};
await writeFile(join(root, 'bench/energy-measured.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(result);
