import { ownValue } from '../own-key.js';
/**
 * The one Markdown reader of KlasLab: event descriptions (Markdown with some inline HTML, Liquid
 * and Hugo template tags) become a small token tree that two renderers share — plain text for
 * calendars (`markdownToText`) and inert Lit templates in `@klaslab/elements`. Decisions about
 * what the text *is* (entities, `&nbsp;`, lone surrogates, template tags, scripts) are made here
 * once; the renderers only decide how it looks.
 *
 * Linear time: every construct looks at most a bounded number of characters ahead, and a closer
 * that is not found once is not searched for again from a later opener.
 */

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'code'; value: string }
  | { type: 'strong' | 'em' | 'del'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'image'; alt: string }
  /** `<br>`, or two spaces / a backslash at the end of a line. */
  | { type: 'break' }
  /** The end of a line inside a paragraph. */
  | { type: 'softbreak' };

export type Block = (
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'heading'; level: number; content: Inline[] }
  | { type: 'list'; ordered: boolean; items: { marker: string; content: Inline[] }[] }
  | { type: 'code'; lines: string[] }
) & {
  /** A blank line (or a block-level HTML end) came before it in the source. */
  blankBefore: boolean;
};

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
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

/** `&amp;`, `&#8364;`, `&#x20AC;`, `&eacute;` → their characters; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,8}|#\d{1,8}|[a-z]{1,32});/gi, (all, name: string) => {
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
    return ownValue(ENTITIES, name.toLowerCase()) ?? all;
  });
}

/**
 * Removes every `open … close` span (the first `close` after each `open`) in one pass: once no
 * `close` follows, no later `open` can be closed either.
 */
function removeDelimited(text: string, open: string, close: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    if (start === -1) break;
    const end = text.indexOf(close, start + open.length);
    if (end === -1) break;
    out += text.slice(from, start);
    from = end + close.length;
  }
  return out + text.slice(from);
}

/** Removes `<name …>…</name>` elements with their content, in one pass per name. */
function removeElements(text: string, names: readonly string[]): string {
  let t = text;
  for (const name of names) {
    const opening = new RegExp(`<${name}\\b`, 'gi');
    const closing = new RegExp(`</${name}\\s*>`, 'gi');
    let out = '';
    let from = 0;
    for (;;) {
      opening.lastIndex = from;
      const start = opening.exec(t);
      if (!start) break;
      closing.lastIndex = start.index;
      const end = closing.exec(t);
      if (!end) break;
      out += t.slice(from, start.index);
      from = end.index + end[0].length;
    }
    t = out + t.slice(from);
  }
  return t;
}

/** Removes trailing spaces and tabs (a regex anchored at the end rescans every run of blanks). */
export function trimBlanksEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return line.slice(0, end);
}

/** An ATX heading's optional closing `#`s (`## Titel ##`), without a backtracking regex. */
function stripClosingHashes(line: string): string {
  const trimmed = trimBlanksEnd(line);
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === '#') end--;
  if (end === trimmed.length || end === 0 || !/\s/.test(trimmed[end - 1]!)) return trimmed;
  return trimBlanksEnd(trimmed.slice(0, end));
}

/** What no renderer shows: template tags, comments, scripts; HTML block ends become line ends. */
function clean(markdown: string): string {
  let t = sanitizeText(markdown);
  // Liquid / Hugo template tags render to site-specific output: drop them.
  t = removeDelimited(removeDelimited(t, '{%', '%}'), '{{', '}}');
  t = removeDelimited(t, '<!--', '-->');
  t = removeElements(t, ['script', 'style', 'iframe', 'object', 'embed', 'template']);
  t = t.replace(/<\/(p|div|li|h[1-6]|tr|blockquote)\s*>/gi, '\n');
  return t.replace(/<li\b[^<>]{0,1000}>/gi, '\n- ');
}

const FENCE = /^\s*(`{3,}|~{3,})/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*)$/;
const LIST_ITEM = /^(\s{0,3})([-*+]|\d{1,9}[.)])\s+(.*)$/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;
const REFERENCE = /^\s{0,3}\[[^\]]{1,1000}\]:\s*\S/;

/**
 * Reads Markdown into blocks: paragraphs (line ends kept as soft breaks), `#` headings, `-`/`*`/`+`
 * and `1.` lists (indented continuation lines join the item), fenced code, `>` quotes (read as
 * their text). Horizontal rules and link reference definitions are dropped.
 */
export function tokenizeMarkdown(markdown: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] | undefined;
  let list: Extract<Block, { type: 'list' }> | undefined;
  let code: string[] | undefined;
  let fence: string | undefined;
  let blank = false;
  const flush = () => {
    if (paragraph)
      blocks.push({ type: 'paragraph', content: inlineLines(paragraph), blankBefore: blank });
    else if (list) blocks.push(list);
    if (paragraph || list) blank = false;
    paragraph = undefined;
    list = undefined;
  };
  for (const raw of clean(markdown).split('\n')) {
    const fenceMatch = FENCE.exec(raw);
    if (fenceMatch) {
      if (fence === undefined) {
        flush();
        fence = fenceMatch[1]![0];
        code = [];
      } else if (fenceMatch[1]![0] === fence) {
        blocks.push({ type: 'code', lines: code ?? [], blankBefore: blank });
        blank = false;
        fence = undefined;
        code = undefined;
      }
      continue;
    }
    if (code) {
      code.push(raw);
      continue;
    }
    const line = trimBlanksEnd(raw.replace(/^(\s*>\s?)+/, ''));
    if (line.trim() === '') {
      flush();
      blank = blocks.length > 0;
      continue;
    }
    if (RULE.test(line) || REFERENCE.test(line)) continue;
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({
        type: 'heading',
        level: heading[1]!.length,
        content: readInline(stripClosingHashes(heading[2]!)),
        blankBefore: blank,
      });
      blank = false;
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const ordered = /\d/.test(item[2]!);
      if (!list || list.ordered !== ordered) {
        const wasBlank = blank;
        flush();
        list = { type: 'list', ordered, items: [], blankBefore: wasBlank };
      }
      list.items.push({ marker: ordered ? item[2]! : '-', content: readInline(item[3]!) });
      continue;
    }
    if (list && /^\s{2,}\S/.test(raw)) {
      // A continuation line of the last item.
      const last = list.items[list.items.length - 1]!;
      last.content.push({ type: 'softbreak' }, ...readInline(line.trim()));
      continue;
    }
    if (list) flush();
    paragraph ??= [];
    paragraph.push(raw.replace(/^(\s*>\s?)+/, ''));
  }
  if (code) blocks.push({ type: 'code', lines: code, blankBefore: blank });
  flush();
  return blocks;
}

/** A paragraph's lines: soft breaks between them, hard breaks after two spaces or a backslash. */
function inlineLines(lines: string[]): Inline[] {
  const out: Inline[] = [];
  lines.forEach((line, i) => {
    const trimmed = trimBlanksEnd(line);
    const backslash = trimmed.endsWith('\\');
    const hard = backslash || line.length - trimmed.length >= 2;
    out.push(...readInline((backslash ? trimmed.slice(0, -1) : trimmed).trim()));
    if (i < lines.length - 1) out.push({ type: hard ? 'break' : 'softbreak' });
  });
  return out;
}

const ESCAPABLE = new Set('\\`*_{}[]()#+-.!|<>~');
const LOOKAHEAD = 1000;
const WORD = /[\p{L}\p{N}_]/u;

/** Inline Markdown and HTML in one line of already cleaned text. */
function readInline(text: string): Inline[] {
  return new InlineReader(text).read(0, text.length);
}

/** Inline Markdown and HTML in a text (a title, one line), cleaned like a whole description. */
export function inline(text: string): Inline[] {
  return readInline(clean(text).replace(/\n/g, ' '));
}

class InlineReader {
  /**
   * For each closer, the last search: its first occurrence at or after `from` is `at` (Infinity
   * when none), so any later search from within [from, at] is answered without scanning again.
   */
  private readonly seen = new Map<string, { from: number; at: number }>();

  constructor(private readonly text: string) {}

  /** The first `closer` in [from, limit), or -1, without rescanning what an earlier search read. */
  private find(closer: string, from: number, limit: number): number {
    const last = this.seen.get(closer);
    let at: number;
    if (last && from >= last.from && from <= last.at) at = last.at;
    else {
      const found = this.text.indexOf(closer, from);
      at = found === -1 ? Number.POSITIVE_INFINITY : found;
      this.seen.set(closer, { from, at });
    }
    return at < limit ? at : -1;
  }

  read(start: number, end: number): Inline[] {
    const t = this.text;
    const out: Inline[] = [];
    let buffer = '';
    const push = (node: Inline) => {
      if (buffer) out.push({ type: 'text', value: decodeEntities(buffer) });
      buffer = '';
      out.push(node);
    };
    let i = start;
    while (i < end) {
      const c = t[i]!;
      const limit = Math.min(end, i + LOOKAHEAD);
      if (c === '\\' && i + 1 < end && ESCAPABLE.has(t[i + 1]!)) {
        buffer += t[i + 1];
        i += 2;
        continue;
      }
      if (c === '`') {
        let run = 1;
        while (t[i + run] === '`') run++;
        const close = this.find('`'.repeat(run), i + run, limit);
        if (close !== -1) {
          push({ type: 'code', value: t.slice(i + run, close).trim() });
          i = close + run;
          continue;
        }
        buffer += '`'.repeat(run);
        i += run;
        continue;
      }
      if ((c === '[' || (c === '!' && t[i + 1] === '[')) && i + 1 < end) {
        const link = this.link(c === '!' ? i + 1 : i, end);
        if (link) {
          const children = this.read(link.textFrom, link.textTo);
          if (c === '!')
            push({ type: 'image', alt: decodeEntities(t.slice(link.textFrom, link.textTo)) });
          else if (link.href === undefined) {
            // A reference link (`[text][ref]`): its definition is not kept, so only the text.
            if (buffer) out.push({ type: 'text', value: decodeEntities(buffer) });
            buffer = '';
            out.push(...children);
          } else push({ type: 'link', href: link.href, children });
          i = link.end;
          continue;
        }
      }
      if (c === '<') {
        const tag = this.tag(i, end);
        if (tag) {
          if (tag.node) push(tag.node);
          i = tag.end;
          continue;
        }
      }
      if (c === '*' || c === '_' || c === '~') {
        const span = this.emphasis(i, end);
        if (span) {
          push(span.node);
          i = span.end;
          continue;
        }
      }
      buffer += c;
      i++;
    }
    if (buffer) out.push({ type: 'text', value: decodeEntities(buffer) });
    return out;
  }

  /** `[text](href "title")`, `[text][ref]` (text only) at `open` (the `[`). */
  private link(
    open: number,
    end: number,
  ): { textFrom: number; textTo: number; href?: string; end: number } | undefined {
    const t = this.text;
    let close = open + 1;
    const limit = Math.min(end, open + 1 + LOOKAHEAD);
    while (close < limit && t[close] !== ']' && t[close] !== '[') close++;
    if (close >= limit || t[close] !== ']' || close === open + 1) return undefined;
    if (t[close + 1] === '[') {
      const ref = this.find(']', close + 2, Math.min(end, close + 2 + LOOKAHEAD));
      if (ref === -1) return undefined;
      return { textFrom: open + 1, textTo: close, end: ref + 1 };
    }
    if (t[close + 1] !== '(') return undefined;
    // The destination: up to 2000 characters, one level of balanced parentheses (Wikipedia).
    let j = close + 2;
    const stop = Math.min(end, j + 2 * LOOKAHEAD);
    while (j < stop && (t[j] === ' ' || t[j] === '\t')) j++;
    const angle = t[j] === '<';
    if (angle) j++;
    const hrefFrom = j;
    let depth = 0;
    while (j < stop) {
      const ch = t[j]!;
      if (ch === '(') {
        if (depth === 1) return undefined;
        depth++;
      } else if (ch === ')') {
        if (depth === 0) break;
        depth--;
      } else if (ch === ' ' || ch === '\t' || ch === '<' || (ch === '>' && !angle)) break;
      else if (ch === '>' && angle) break;
      j++;
    }
    const href = t.slice(hrefFrom, j);
    if (angle && t[j] === '>') j++;
    while (j < stop && (t[j] === ' ' || t[j] === '\t')) j++;
    if (t[j] === '"') {
      const title = this.find('"', j + 1, Math.min(end, j + 1 + LOOKAHEAD));
      if (title === -1) return undefined;
      j = title + 1;
      while (j < stop && (t[j] === ' ' || t[j] === '\t')) j++;
    }
    if (t[j] !== ')') return undefined;
    return { textFrom: open + 1, textTo: close, href, end: j + 1 };
  }

  /** `<https://…>`, `<br>`, `<a href="…">…</a>`, or another tag (dropped). */
  private tag(open: number, end: number): { node?: Inline; end: number } | undefined {
    const t = this.text;
    const limit = Math.min(end, open + 2 * LOOKAHEAD);
    let close = open + 1;
    while (close < limit && t[close] !== '>' && t[close] !== '<' && t[close] !== '\n') close++;
    if (close >= limit || t[close] !== '>') return undefined;
    const inside = t.slice(open + 1, close);
    if (/^https?:\/\/\S+$/i.test(inside))
      return {
        node: { type: 'link', href: inside, children: [{ type: 'text', value: inside }] },
        end: close + 1,
      };
    if (/^br\s*\/?$/i.test(inside)) return { node: { type: 'break' }, end: close + 1 };
    if (/^a\b/i.test(inside)) {
      const limitA = Math.min(end, close + 1 + 2 * LOOKAHEAD);
      const ends = [this.find('</a', close + 1, limitA), this.find('</A', close + 1, limitA)];
      const at = Math.min(...ends.filter((x) => x !== -1));
      const gt = Number.isFinite(at) ? t.indexOf('>', at) : -1;
      const href = /\bhref\s*=\s*["']([^"']*)["']/i.exec(inside)?.[1];
      if (href !== undefined && gt !== -1 && /^<\/a\s*>$/i.test(t.slice(at, gt + 1))) {
        return { node: { type: 'link', href, children: this.read(close + 1, at) }, end: gt + 1 };
      }
      // An anchor without a link (or without its end): the tag goes, its text stays.
      return { end: close + 1 };
    }
    if (/^\/?[a-z][a-z0-9-]*\b[^<>]*$/i.test(inside)) return { end: close + 1 };
    return undefined;
  }

  /** `**strong**`, `__strong__`, `*em*`, `_em_`, `~~del~~`: openers before a non-space, closers after one. */
  private emphasis(open: number, end: number): { node: Inline; end: number } | undefined {
    const t = this.text;
    const c = t[open]!;
    const double = t[open + 1] === c;
    if (c === '~' && !double) return undefined;
    const delimiter = double ? c + c : c;
    const from = open + delimiter.length;
    if (from >= end || /\s/.test(t[from]!) || t[from] === c) return undefined;
    // Single `*`/`_` (and `__`) inside words are not emphasis: snake_case, 2*3*4.
    const before = open > 0 ? t[open - 1]! : '';
    if ((c === '_' || !double) && before && (WORD.test(before) || before === c)) return undefined;
    const limit = Math.min(end, from + LOOKAHEAD);
    let at = this.find(delimiter, from + 1, limit);
    while (at !== -1) {
      const after = t[at + delimiter.length] ?? '';
      const closes =
        !/\s/.test(t[at - 1]!) &&
        (double || after !== c) &&
        !((c === '_' || !double) && after && WORD.test(after));
      if (closes) {
        const kind = c === '~' ? 'del' : double ? 'strong' : 'em';
        return { node: { type: kind, children: this.read(from, at) }, end: at + delimiter.length };
      }
      at = this.find(delimiter, at + 1, limit);
    }
    return undefined;
  }
}
