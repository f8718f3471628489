import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unfoldLines } from '../src/index.js';
import { PACKAGE_ROOT } from './helpers/load.js';

// The example sites under examples/ import the built package (@klaslab/events/astro, /eleventy):
// `npm test` builds it first; run `npm run build --workspace @klaslab/events` before a lone run.
const REPO = join(PACKAGE_ROOT, '..', '..');
const BIN = join(REPO, 'node_modules', '.bin');

function build(site: string, bin: string, args: string[]) {
  const cwd = join(REPO, 'examples', site);
  expect(
    existsSync(join(PACKAGE_ROOT, 'dist', 'integrations')),
    'build @klaslab/events first',
  ).toBe(true);
  const r = spawnSync(join(BIN, bin), args, {
    cwd,
    encoding: 'utf8',
    // Offline and reproducible: no telemetry, a fixed build time for DTSTAMP and publishDate.
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      DO_NOT_TRACK: '1',
      SOURCE_DATE_EPOCH: '1767225600',
      NO_COLOR: '1',
    },
    timeout: 240_000,
  });
  return { ...r, cwd, log: `${r.stdout}\n${r.stderr}` };
}

describe('site integrations build their example sites', () => {
  it('Astro: the content loader gives the events to getCollection, drafts left out', () => {
    rmSync(join(REPO, 'examples/astro-site/dist'), { recursive: true, force: true });
    const r = build('astro-site', 'astro', ['build']);
    expect(r.status, r.log).toBe(0);
    const html = readFileSync(join(r.cwd, 'dist', 'index.html'), 'utf8');
    expect(html).toContain('data-id="codeerclub"');
    expect(html).toContain('data-id="schoolfeest"');
    expect(html).not.toContain('Ouderavond');
    expect(html).toContain('FREQ=WEEKLY;UNTIL=20260624T220000Z;BYDAY=WE');
    expect(html).toContain('https://calendar.google.com/calendar/render?action=TEMPLATE');
    expect(html).toContain('"eventSchedule"');
    // The draft is reported with its position, through Astro's logger.
    expect(r.log).toContain('src/content/events/ouderavond-concept.md:4:8  info  EVENT_DRAFT');
  }, 300_000);

  it('Eleventy: the plugin gives global data, keeps event files out of the pages, writes the feed', () => {
    rmSync(join(REPO, 'examples/eleventy-site/_site'), { recursive: true, force: true });
    const r = build('eleventy-site', 'eleventy', []);
    expect(r.status, r.log).toBe(0);
    const site = join(r.cwd, '_site');
    const html = readFileSync(join(site, 'index.html'), 'utf8');
    expect(html).toContain('data-id="codeerclub"');
    expect(html).toContain('data-id="2026-02-06-open-klasdag"');
    expect(html).not.toContain('Infodag');
    expect(existsSync(join(site, 'events'))).toBe(false);
    const ics = unfoldLines(readFileSync(join(site, 'agenda.ics'), 'utf8'));
    expect(ics).toContain('UID:codeerclub@sjc.example');
    expect(ics).toContain('RRULE:FREQ=WEEKLY;UNTIL=20260624T220000Z;BYDAY=WE');
    expect(ics).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT12H');
    expect(ics).toContain('DTSTAMP:20260101T000000Z');
    expect(r.log).toMatch(/events\/infodag\.md:6:12 +info +EVENT_UNPUBLISHED/);
    expect(r.log).toMatch(/2026-02-06-open-klasdag\.md:2:1 +info +EVENT_START_FROM_FILE_NAME/);
  }, 300_000);
});
