import { html, type nothing, type TemplateResult } from 'lit';
import { safeUrl } from './safe-url.js';

/**
 * A small Markdown reader for event descriptions that renders straight to Lit templates, so the
 * result is inert by construction: text only ever goes into text bindings, never into innerHTML.
 * Supported: paragraphs, line breaks, `-`/`*`/`1.` lists, `#` headings (shown as bold paragraphs,
 * so they do not break the page's heading outline), `**strong**`, `*em*`/`_em_`, `` `code` `` and
 * `[links](https://…)`. Raw HTML tags are dropped (their text is kept, `<br>` becomes a break);
 * images are replaced by their alt text; links with a scheme other than http(s)/mailto/tel lose
 * their link and keep their text.
 */
export function renderMarkdown(markdown: string, base?: string): TemplateResult {
  const blocks = splitBlocks(markdown.replace(/\r\n?/g, '\n'));
  return html`${blocks.map((block) => renderBlock(block, base))}`;
}

type Block =
  | { kind: 'p'; lines: string[] }
  | { kind: 'h'; text: string }
  | { kind: 'ul' | 'ol'; items: string[] };

const LIST_ITEM = /^\s{0,3}(?:([-*+])|(\d{1,9})[.)])\s+(.*)$/;

function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] | undefined;
  let list: { kind: 'ul' | 'ol'; items: string[] } | undefined;
  const flush = () => {
    if (paragraph?.length) blocks.push({ kind: 'p', lines: paragraph });
    if (list) blocks.push(list);
    paragraph = undefined;
    list = undefined;
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'h', text: heading[1] ?? '' });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const kind = item[1] ? 'ul' : 'ol';
      if (!list || list.kind !== kind) {
        flush();
        list = { kind, items: [] };
      }
      list.items.push(item[3] ?? '');
      continue;
    }
    if (list && /^\s{2,}\S/.test(raw)) {
      // A continuation line of the last item.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    if (list) flush();
    paragraph ??= [];
    paragraph.push(raw);
  }
  flush();
  return blocks;
}

function renderBlock(block: Block, base?: string): TemplateResult {
  switch (block.kind) {
    case 'h':
      return html`<p><strong>${inline(block.text, base)}</strong></p>`;
    case 'ul':
      return html`<ul>${block.items.map((item) => html`<li>${inline(item, base)}</li>`)}</ul>`;
    case 'ol':
      return html`<ol>${block.items.map((item) => html`<li>${inline(item, base)}</li>`)}</ol>`;
    default: {
      const parts: Array<TemplateResult | typeof nothing> = [];
      block.lines.forEach((line, index) => {
        // Markdown hard break: two trailing spaces or a backslash.
        const hard = /( {2,}|\\)$/.test(line);
        parts.push(inline(line.trim().replace(/\\$/, ''), base));
        if (index < block.lines.length - 1) parts.push(hard ? html`<br />` : html` `);
      });
      return html`<p>${parts}</p>`;
    }
  }
}

type Token = string | TemplateResult;

const INLINE =
  /(`+)([^`]+?)\1|!\[([^\]]*)\]\([^)]*\)|\[([^\]]+)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)|<(https?:\/\/[^>\s]+)>|\*\*([^*]+?)\*\*|__([^_]+?)__|\*([^*\s][^*]*?)\*|\b_([^_\s][^_]*?)_\b|<br\s*\/?>|<\/?[a-zA-Z][^>]*>/g;

/** Inline Markdown to Lit parts. Exported for tests. */
export function inline(text: string, base?: string): TemplateResult {
  const out: Token[] = [];
  let last = 0;
  // A fresh regex per call: inline() recurses (links, emphasis), so a shared lastIndex would loop.
  const pattern = new RegExp(INLINE.source, 'g');
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index > last) out.push(unescapeMarkdown(text.slice(last, m.index)));
    last = m.index + m[0].length;
    const [all, , code, imageAlt, linkText, linkHref, autolink, strong1, strong2, em1, em2] = m;
    if (code !== undefined) out.push(html`<code>${code}</code>`);
    else if (imageAlt !== undefined) out.push(unescapeMarkdown(imageAlt));
    else if (linkText !== undefined) {
      const href = safeUrl(linkHref, base);
      out.push(href ? link(href, inline(linkText, base)) : inline(linkText, base));
    } else if (autolink !== undefined) {
      const href = safeUrl(autolink, base);
      out.push(href ? link(href, autolink) : autolink);
    } else if (strong1 !== undefined || strong2 !== undefined)
      out.push(html`<strong>${inline(strong1 ?? strong2 ?? '', base)}</strong>`);
    else if (em1 !== undefined || em2 !== undefined)
      out.push(html`<em>${inline(em1 ?? em2 ?? '', base)}</em>`);
    else if (/^<br/i.test(all)) out.push(html`<br />`);
    // Any other HTML tag: dropped.
  }
  if (last < text.length) out.push(unescapeMarkdown(text.slice(last)));
  return html`${out}`;
}

function link(href: string, content: unknown): TemplateResult {
  const external = /^https?:/.test(href);
  return external
    ? html`<a href=${href} rel="noopener noreferrer nofollow">${content}</a>`
    : html`<a href=${href}>${content}</a>`;
}

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
};

function unescapeMarkdown(text: string): string {
  return text
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
      if (name[0] === '#') {
        const code =
          name[1] === 'x' || name[1] === 'X'
            ? Number.parseInt(name.slice(2), 16)
            : Number(name.slice(1));
        return code > 0 && code < 0x110000 && code !== 0 ? String.fromCodePoint(code) : all;
      }
      return ENTITIES[name.toLowerCase()] ?? all;
    });
}
