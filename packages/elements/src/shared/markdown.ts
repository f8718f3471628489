import {
  type MarkdownBlock,
  type MarkdownInline,
  tokenizeInline,
  tokenizeMarkdown,
} from '@klaslab/events';
import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from './safe-url.js';

/**
 * Event descriptions as Lit templates: the HTML renderer of `@klaslab/events`' Markdown reader
 * (the calendars' plain text is its other renderer, so both read a description alike). The result
 * is inert by construction: text only ever goes into text bindings, never into innerHTML.
 * Paragraphs, line breaks, lists, headings (shown as bold paragraphs, so they do not break the
 * page's heading outline), strong, emphasis, strike-through, code and links; images become their
 * alt text; links with a scheme other than http(s)/mailto/tel lose their link and keep their text.
 */
export function renderMarkdown(markdown: string, base?: string): TemplateResult {
  return html`${tokenizeMarkdown(markdown).map((block) => renderBlock(block, base))}`;
}

function renderBlock(block: MarkdownBlock, base?: string): TemplateResult {
  switch (block.type) {
    case 'heading':
      return html`<p><strong>${renderInline(block.content, base)}</strong></p>`;
    case 'list': {
      const items = block.items.map((item) => html`<li>${renderInline(item.content, base)}</li>`);
      return block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    case 'code':
      return html`<pre><code>${block.lines.join('\n')}</code></pre>`;
    default:
      return html`<p>${renderInline(block.content, base)}</p>`;
  }
}

function renderInline(nodes: readonly MarkdownInline[], base?: string): TemplateResult {
  return html`${nodes.map((node) => renderNode(node, base))}`;
}

function renderNode(node: MarkdownInline, base?: string): TemplateResult | string | typeof nothing {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'code':
      return html`<code>${node.value}</code>`;
    case 'image':
      return node.alt;
    case 'break':
      return html`<br />`;
    case 'softbreak':
      return ' ';
    case 'strong':
      return html`<strong>${renderInline(node.children, base)}</strong>`;
    case 'em':
      return html`<em>${renderInline(node.children, base)}</em>`;
    case 'del':
      return html`<del>${renderInline(node.children, base)}</del>`;
    case 'link': {
      const href = safeUrl(node.href, base);
      const content = renderInline(node.children, base);
      if (!href) return content;
      return /^https?:/.test(href)
        ? html`<a href=${href} rel="noopener noreferrer nofollow">${content}</a>`
        : html`<a href=${href}>${content}</a>`;
    }
    default:
      return nothing;
  }
}

/** Inline Markdown to Lit parts. Exported for tests. */
export function inline(text: string, base?: string): TemplateResult {
  return renderInline(tokenizeInline(text), base);
}
