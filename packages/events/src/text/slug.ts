/** The slug of a file path: its name without folders and extension, safe for a UID. */
export function slugOfFile(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  const base = name.replace(/\.(md|markdown|mdx|html?)$/i, '');
  return sanitizeId(base);
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
