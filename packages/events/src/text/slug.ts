const EXTENSION = /\.(md|markdown|mdx|html?)$/i;
/** `index.md`, `index.en.md`: a page bundle (Hugo), an Astro/Eleventy folder page. */
const BUNDLE_INDEX = /^index((?:\.[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)?)$/;

/**
 * The slug of a file path, safe for a UID: its name without folders and extension; for a page
 * bundle (`schoolfeest/index.md`, `schoolfeest/index.en.md`) the folder's name (`schoolfeest`,
 * `schoolfeest.en`), as Hugo, Astro and Eleventy name the page.
 */
export function slugOfFile(file: string): string {
  const parts = file.split(/[\\/]/).filter((p) => p !== '' && p !== '.');
  const base = (parts.pop() ?? file).replace(EXTENSION, '');
  const bundle = BUNDLE_INDEX.exec(base);
  const folder = parts.pop();
  if (bundle && folder) return sanitizeId(`${folder}${bundle[1]}`);
  return sanitizeId(base);
}

/**
 * The page URL of a Hugo page bundle (`content/events/schoolfeest/index.md` →
 * `https://site/events/schoolfeest/`), against which its page resources (`image: cover.jpg`)
 * resolve. Only for `index.md` under a `content/` folder, in the site's default language: a
 * language bundle (`index.en.md`) or another layout has a URL that depends on the site's
 * configuration, so it gives `undefined` rather than a guess.
 */
export function bundlePageUrl(file: string, baseUrl: string): string | undefined {
  const parts = file.split(/[\\/]/).filter((p) => p !== '' && p !== '.');
  const base = (parts.pop() ?? '').replace(EXTENSION, '');
  if (base !== 'index') return undefined;
  const content = parts.lastIndexOf('content');
  const section = parts.slice(content + 1);
  if (content < 0 || section.length === 0) return undefined;
  return new URL(`${section.map(encodeURIComponent).join('/')}/`, baseUrl).href;
}

/** True for a page bundle's index file (`schoolfeest/index.md`, `index.en.md`). */
export function isBundleIndex(file: string): boolean {
  const base = (file.split(/[\\/]/).pop() ?? '').replace(EXTENSION, '');
  return BUNDLE_INDEX.test(base);
}

/** Hugo's section page (`content/events/_index.md`): the list page, never an event. */
export function isSectionPage(file: string): boolean {
  const name = file.split(/[\\/]/).pop() ?? '';
  return /^_index(\.[A-Za-z]{2,3}(-[A-Za-z0-9]+)*)?$/.test(name.replace(EXTENSION, ''));
}

/** The date of a Jekyll post's file name (`2025-11-14-workshop.md`), as Jekyll reads it. */
export function jekyllFileDate(
  file: string,
): { year: number; month: number; day: number } | undefined {
  const name = file.split(/[\\/]/).pop() ?? '';
  const m = /^(\d{4})-(\d{2})-(\d{2})-.+\.(md|markdown|html?)$/i.exec(name);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

/** Keeps letters, digits, `.`, `_`, `-` (the characters safe in a UID and a URL fragment). */
export function sanitizeId(id: string): string {
  return id
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** FNV-1a 32-bit as 8 hex digits: a stable, dependency-free fingerprint (not for security). */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
