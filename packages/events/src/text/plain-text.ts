import {
  type Block,
  type Inline,
  sanitizeText,
  tokenizeMarkdown,
  trimBlanksEnd,
} from './markdown.js';

/**
 * Markdown (with inline HTML) → plain text for calendar descriptions: readable in any client,
 * nothing executable, no control characters. The text renderer of the shared Markdown reader
 * (`./markdown.ts`); `@klaslab/elements` renders the same tokens as inert HTML.
 */

export { sanitizeText };

/** A link as text: `label (https://…)`, or just one of them when they are the same or unsafe. */
function linkText(label: string, href: string): string {
  const text = label.trim();
  if (!/^(https?:|mailto:)/i.test(href) || text === href || text === '') return text || href;
  return `${text} (${href})`;
}

function inlineText(nodes: readonly Inline[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'code':
        out += node.value;
        break;
      case 'image':
        out += node.alt;
        break;
      case 'link':
        out += linkText(inlineText(node.children), node.href);
        break;
      case 'break':
      case 'softbreak':
        out += '\n';
        break;
      default:
        out += inlineText(node.children);
    }
  }
  return out;
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'list':
      return block.items.map((item) => `${item.marker} ${inlineText(item.content)}`).join('\n');
    case 'code':
      return block.lines.join('\n');
    default:
      return inlineText(block.content);
  }
}

/**
 * @example
 * ```ts
 * markdownToText('**Wanneer:** 16 oktober<br>[Inschrijven](https://x.be)');
 * // 'Wanneer: 16 oktober\nInschrijven (https://x.be)'
 * ```
 */
export function markdownToText(markdown: string): string {
  let out = '';
  for (const block of tokenizeMarkdown(markdown)) {
    const text = blockText(block);
    if (out !== '') out += block.blankBefore ? '\n\n' : '\n';
    out += text;
  }
  // A no-break space is a space in a calendar's plain text.
  return out
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map(trimBlanksEnd)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
