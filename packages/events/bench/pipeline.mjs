// Throughput of parse + validate + iCal export over the shared corpus, side by side in the same
// run with the usual pipeline (gray-matter + ical-generator) on the same files, plus the bundle
// size of the browser entry (min+gzip). Figures only, never assertions.
// Run: npm run bench --workspace @klaslab/events   (after npm run build; reads ../shared)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import matter from 'gray-matter';
import ical from 'ical-generator';
import { parseEvents, toICalendar } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.KLASLAB_SHARED
  ? resolve(process.env.KLASLAB_SHARED)
  : resolve(here, '../../../../shared');
const corpus = join(shared, 'corpus/events');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);

const sites = [
  { name: 'dwengo', timeZone: 'Europe/Brussels', baseUrl: 'https://dwengo.org' },
  { name: 'aarhusdev', timeZone: 'Europe/Copenhagen' },
];
const inputs = sites.map((s) => ({
  ...s,
  sources: readdirSync(join(corpus, s.name))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(corpus, s.name, file), 'utf8') })),
}));
const fileCount = inputs.reduce((n, s) => n + s.sources.length, 0);

function ours() {
  let bytes = 0;
  for (const s of inputs) {
    const { events } = parseEvents(s.sources, { timeZone: s.timeZone, baseUrl: s.baseUrl });
    bytes += toICalendar(events, { now: 0, name: s.name }).length;
  }
  return bytes;
}

// The usual pipeline: gray-matter (js-yaml 3) then ical-generator, no validation. Bad dates make
// ical-generator throw; such events are skipped so the pipeline can finish at all.
function baseline() {
  let bytes = 0;
  for (const s of inputs) {
    const cal = ical({ name: s.name, timezone: s.timeZone });
    for (const { file, text } of s.sources) {
      try {
        // js-yaml 3 throws on the stray-quotes file: the usual pipeline would stop there.
        const { data, content } = matter(text, {}); // options object: bypasses gray-matter's cache
        cal.createEvent({
          id: data.anchor || file,
          start: data.date,
          end: data.end_date ?? data.endDate ?? undefined,
          summary: String(data.title ?? ''),
          description: content,
          location: typeof data.location === 'string' ? data.location : data.venue?.title,
          url: data.registration_link || data.learnMoreURL || undefined,
          stamp: new Date(0),
        });
      } catch {
        // gray-matter or ical-generator gave up on this file
      }
    }
    bytes += cal.toString().length;
  }
  return bytes;
}

// Serializer alone, on the same already-parsed events.
const parsed = inputs.map(
  (s) => parseEvents(s.sources, { timeZone: s.timeZone, baseUrl: s.baseUrl }).events,
);
function serializeOurs() {
  let n = 0;
  for (const events of parsed) n += toICalendar(events, { now: 0 }).length;
  return n;
}
function serializeIcalGenerator() {
  let n = 0;
  for (const events of parsed) {
    const cal = ical({});
    for (const e of events) {
      // Date objects, as most callers pass them; ical-generator then writes UTC times (no TZID).
      cal.createEvent({
        id: e.id,
        start: new Date(e.start.kind === 'date' ? `${e.start.date}T00:00:00Z` : e.start.utc),
        end: e.end
          ? new Date(e.end.kind === 'date' ? `${e.end.date}T00:00:00Z` : e.end.utc)
          : undefined,
        allDay: e.allDay,
        summary: e.title,
        description: e.descriptionText,
        location: e.location?.name,
        url: e.url ?? e.registrationUrl,
        stamp: new Date(0),
      });
    }
    n += cal.toString().length;
  }
  return n;
}

function time(fn) {
  for (let i = 0; i < 3; i++) fn();
  const samples = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const tOurs = time(ours);
const tBase = time(baseline);
const eventCount = parsed.reduce((n, e) => n + e.length, 0);
const tSerOurs = time(serializeOurs);
const tSerGen = time(serializeIcalGenerator);

async function bundleSize(external) {
  const out = await build({
    entryPoints: [join(here, '../src/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    external,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
const whole = await bundleSize([]);
const own = await bundleSize(['yaml', 'smol-toml', '@klaslab/core']);
const noToml = await bundleSize(['smol-toml']);

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const rate = (ms, n) => `${Math.round((n / ms) * 1000).toLocaleString('en')}/s`;
console.log(
  `@klaslab/events bench — ${fileCount} corpus files, ${ROUNDS} rounds (median), node ${process.version}`,
);
console.log('');
console.log('parse + validate + iCal export (whole corpus, two calendars)');
console.log(
  `  @klaslab/events                 ${tOurs.toFixed(1).padStart(7)} ms  ${rate(tOurs, fileCount).padStart(10)} files`,
);
console.log(
  `  gray-matter + ical-generator    ${tBase.toFixed(1).padStart(7)} ms  ${rate(tBase, fileCount).padStart(10)} files  (no validation)`,
);
console.log(`  ratio (theirs / ours)           ${(tBase / tOurs).toFixed(2)}×`);
console.log('');
console.log(`serializer only, same ${eventCount} parsed events`);
console.log(
  `  toICalendar (own)               ${tSerOurs.toFixed(2).padStart(7)} ms  ${rate(tSerOurs, eventCount).padStart(10)} events`,
);
console.log(
  `  ical-generator                  ${tSerGen.toFixed(2).padStart(7)} ms  ${rate(tSerGen, eventCount).padStart(10)} events  (UTC times, no VTIMEZONE)`,
);
console.log(`  ratio (theirs / ours)           ${(tSerGen / tSerOurs).toFixed(2)}×`);
console.log('');
console.log(
  'browser entry (esbuild, minified, gzip -9); VTIMEZONE data: none (generated from Intl)',
);
console.log(
  `  with dependencies (yaml, smol-toml, core)  ${kb(whole.min)} min, ${kb(whole.gzip)} min+gzip`,
);
console.log(
  `  yaml + core bundled, smol-toml external    ${kb(noToml.min)} min, ${kb(noToml.gzip)} min+gzip`,
);
console.log(
  `  @klaslab/events code only                  ${kb(own.min)} min, ${kb(own.gzip)} min+gzip`,
);
