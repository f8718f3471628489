/**
 * Markdown (with inline HTML) → plain text for calendar descriptions: readable in any client,
 * nothing executable, no control characters. A small purpose-built converter, not a Markdown
 * parser: it removes markup and keeps words, links and list structure.
 */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  euro: '€',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  eacute: 'é',
  egrave: 'è',
  euml: 'ë',
  iuml: 'ï',
  ouml: 'ö',
  uuml: 'ü',
  copy: '©',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? Number.parseInt(name.slice(2), 16)
          : Number(name.slice(1));
      return Number.isInteger(code) &&
        code > 0 &&
        code <= 0x10ffff &&
        !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

/**
 * Removes control characters (keeping tab and newline), lone surrogates, and normalises line
 * breaks to `\n`. Applied to every text field: calendars cannot carry C0 controls (RFC 5545
 * TSAFE-CHAR) and lone surrogates have no UTF-8 form.
 */
export function sanitizeText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
  );
}

/**
 * @example
 * ```ts
 * markdownToText('**Wanneer:** 16 oktober<br>[Inschrijven](https://x.be)');
 * // 'Wanneer: 16 oktober\nInschrijven (https://x.be)'
 * ```
 */
export function markdownToText(markdown: string): string {
  let t = sanitizeText(markdown);
  // Liquid / Hugo template tags render to site-specific output: drop them.
  t = t.replace(/\{%[\s\S]*?%\}/g, '').replace(/\{\{[\s\S]*?\}\}/g, '');
  t = t.replace(/<!--[\s\S]*?-->/g, '');
  t = t.replace(/<(script|style|iframe|object|embed|template)\b[\s\S]*?<\/\1\s*>/gi, '');
  t = t.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|li|h[1-6]|tr|blockquote)\s*>/gi, '\n');
  t = t.replace(/<li\b[^>]*>/gi, '- ');
  t = t.replace(
    /<a\b[^>]*\bhref\s*=\s*["']([^"']*)["'][^>]*>([\s\S]*?)<\/a\s*>/gi,
    (_, href: string, text: string) => linkText(text, href),
  );
  t = t.replace(/<\/?[a-z][^>]*>/gi, '');
  const out: string[] = [];
  let fence: string | undefined;
  for (const rawLine of t.split('\n')) {
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(rawLine);
    if (fenceMatch) {
      if (fence === undefined) fence = fenceMatch[1]![0];
      else if (fenceMatch[1]![0] === fence) fence = undefined;
      continue;
    }
    if (fence !== undefined) {
      out.push(rawLine);
      continue;
    }
    let line = rawLine;
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) continue; // horizontal rule
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(line)) continue; // link reference definition
    line = line.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, '');
    line = line.replace(/^(\s*>\s?)+/, '');
    line = line.replace(/^(\s*)[*+]\s+/, '$1- ');
    line = inline(line);
    out.push(line.replace(/[ \t]+$/, ''));
  }
  return decodeEntities(out.join('\n'))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function linkText(text: string, href: string): string {
  const label = text.trim();
  if (!/^(https?:|mailto:)/i.test(href) || label === href || label === '') return label || href;
  return `${label} (${href})`;
}

function inline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: keep the alt text
    .replace(
      /\[([^\]]+)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g,
      (_, text: string, href: string) => linkText(text, href),
    )
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}
