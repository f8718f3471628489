import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Diagnostic, parseEvent } from '../src/index.js';
import { findEventFiles, readEventFiles } from '../src/node/index.js';
import { PACKAGE_ROOT } from './helpers/load.js';

const SITES = join(PACKAGE_ROOT, 'test', 'fixtures', 'sites');
const NOW = '2026-02-01T12:00:00Z';
const where = (d: Diagnostic) =>
  `${d.file!.slice(SITES.length + 1)}:${d.line}:${d.column} ${d.code}`;

describe('site conventions (Hugo, Jekyll, Astro)', () => {
  it('Hugo: page bundles named by their folder, _index.md, drafts, publishDate, expiryDate', async () => {
    const r = await readEventFiles(join(SITES, 'hugo'), { now: NOW, includeUnderscored: true });
    expect(r.events.map((e) => e.id)).toEqual([
      'kerstmarkt',
      'open-klas.en',
      'open-klas.nl',
      'infodag',
      'schoolfeest',
    ]);
    expect(r.diagnostics.map(where)).toEqual([
      'hugo/content/events/_index.md:1:1 EVENT_SECTION_PAGE',
      'hugo/content/events/concept-ouderavond.md:4:8 EVENT_DRAFT',
      'hugo/content/events/kerstmarkt.md:4:1 EVENT_KEY_SHADOWED',
      // A page resource of the bundle: reported (a calendar needs a full URL), never guessed.
      'hugo/content/events/schoolfeest/index.md:6:8 EVENT_URL_RELATIVE',
      'hugo/content/events/sportdag-2024.md:4:13 EVENT_EXPIRED',
      'hugo/content/events/toneel.md:4:14 EVENT_NOT_YET_PUBLISHED',
    ]);
    expect(r.diagnostics.find((d) => d.code === 'EVENT_KEY_SHADOWED')?.message).toBe(
      'start wordt genegeerd: date geeft hetzelfde veld al, met een andere waarde. (start weggelaten)',
    );
  });

  it('Hugo: a page bundle’s relative image is a page resource, resolved against its page', async () => {
    const r = await readEventFiles(join(SITES, 'hugo'), {
      now: NOW,
      baseUrl: 'https://school.be/',
    });
    expect(r.events.find((e) => e.id === 'schoolfeest')?.imageUrl).toBe(
      'https://school.be/events/schoolfeest/feest.jpg',
    );
    const page = (file: string, image: string) =>
      parseEvent(`---\ntitle: Feest\ndate: 2026-05-16\nimage: ${image}\n---\n`, {
        file,
        baseUrl: 'https://school.be/',
      });
    // Site-relative links and files that are not bundles keep resolving against the site.
    expect(page('content/events/feest/index.md', '/img/a.jpg').event?.imageUrl).toBe(
      'https://school.be/img/a.jpg',
    );
    expect(page('_events/feest.md', 'img/a.jpg').event?.imageUrl).toBe(
      'https://school.be/img/a.jpg',
    );
    // A language bundle or a bundle outside content/: its URL depends on the site's settings.
    for (const file of ['content/events/feest/index.en.md', 'src/events/feest/index.md']) {
      const r2 = page(file, 'a.jpg');
      expect(r2.event?.imageUrl).toBeUndefined();
      expect(r2.diagnostics.map((d) => [d.code, d.line, d.column, d.hint])).toEqual([
        ['EVENT_URL_PAGE_RELATIVE', 4, 8, expect.stringContaining('/…')],
      ]);
    }
  });

  it('Hugo: the build flags include drafts, future and expired pages', async () => {
    const r = await readEventFiles(join(SITES, 'hugo'), {
      now: NOW,
      drafts: true,
      future: true,
      expired: true,
    });
    expect(r.events.map((e) => e.id)).toContain('concept-ouderavond');
    expect(r.events.map((e) => e.id)).toContain('toneel');
    expect(r.events.map((e) => e.id)).toContain('sportdag-2024');
    // _index.md is skipped by the walker, as Hugo's list page is not a page of the section.
    expect(r.files).toBe(8);
  });

  it('Jekyll: the date of a post’s file name, published: false', async () => {
    const r = await readEventFiles(join(SITES, 'jekyll'), { now: NOW, locale: 'en' });
    expect(r.events.map((e) => [e.id, e.start])).toEqual([
      [
        '2025-11-14-workshop-ai',
        {
          kind: 'date-time',
          date: '2025-11-14',
          time: '13:30:00',
          timeZone: 'Europe/Brussels',
          offset: '+01:00',
          utc: '2025-11-14T12:30:00Z',
        },
      ],
    ]);
    expect(r.diagnostics.map(where)).toEqual([
      'jekyll/_events/uitgesteld.md:5:12 EVENT_UNPUBLISHED',
      'jekyll/_posts/2025-11-14-workshop-ai.md:2:1 EVENT_START_FROM_FILE_NAME',
    ]);
  });

  it('Astro: draft: true is left out, draft: false kept', async () => {
    const r = await readEventFiles(join(SITES, 'astro'), { now: NOW });
    expect(r.events.map((e) => e.id)).toEqual(['lego-league']);
    expect(r.diagnostics.map(where)).toEqual([
      'astro/src/content/events/robotica.md:5:8 EVENT_DRAFT',
    ]);
  });

  it('reports a flag that is not true/false instead of guessing', () => {
    const r = parseEvent('---\ntitle: A\ndate: 2026-01-01\ndraft: "yes"\n---\n');
    expect(r.event).toBeDefined();
    expect(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
      '4:9 EVENT_FIELD_TYPE',
    ]);
  });

  it('findEventFiles takes one path as a string', async () => {
    expect(await findEventFiles(join(SITES, 'astro'))).toHaveLength(2);
  });
});
