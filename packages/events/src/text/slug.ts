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
