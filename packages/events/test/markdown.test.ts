import { describe, expect, it } from 'vitest';
import { markdownToText, tokenizeInline, tokenizeMarkdown } from '../src/index.js';

// One reader for both renderers: what the text is (entities, &nbsp;, surrogates, template tags,
// scripts) is decided once, in the tokens; markdownToText and the elements' HTML only render them.
describe('the shared Markdown reader', () => {
  it('reads blocks: paragraphs with soft and hard breaks, headings, lists, code, quotes', () => {
    const blocks = tokenizeMarkdown(
      '# Titel #\n\nEen\ntwee  \ndrie\n\n- a\n- b\n\n1. x\n2) y\n\n```\n*code*\n```\n> citaat',
    );
    expect(blocks.map((b) => b.type)).toEqual([
      'heading',
      'paragraph',
      'list',
      'list',
      'code',
      'paragraph',
    ]);
    expect(blocks[1]).toMatchObject({
      content: [
        { type: 'text', value: 'Een' },
        { type: 'softbreak' },
        { type: 'text', value: 'twee' },
        { type: 'break' },
        { type: 'text', value: 'drie' },
      ],
    });
    expect(blocks[3]).toMatchObject({ ordered: true, items: [{ marker: '1.' }, { marker: '2)' }] });
    expect(blocks[4]).toMatchObject({ lines: ['*code*'] });
  });

  it('reads inline Markdown and HTML links, and keeps snake_case and 2*3*4 as text', () => {
    expect(
      tokenizeInline(
        '**Vet** _schuin_ ~~weg~~ `code` [l](https://a.be/x_(y) "t") <a href="https://b.be">B</a>',
      ),
    ).toEqual([
      { type: 'strong', children: [{ type: 'text', value: 'Vet' }] },
      { type: 'text', value: ' ' },
      { type: 'em', children: [{ type: 'text', value: 'schuin' }] },
      { type: 'text', value: ' ' },
      { type: 'del', children: [{ type: 'text', value: 'weg' }] },
      { type: 'text', value: ' ' },
      { type: 'code', value: 'code' },
      { type: 'text', value: ' ' },
      { type: 'link', href: 'https://a.be/x_(y)', children: [{ type: 'text', value: 'l' }] },
      { type: 'text', value: ' ' },
      { type: 'link', href: 'https://b.be', children: [{ type: 'text', value: 'B' }] },
    ]);
    expect(tokenizeInline('item_theme_logo_url en 2*3*4')).toEqual([
      { type: 'text', value: 'item_theme_logo_url en 2*3*4' },
    ]);
  });

  it('decides once what elements and events used to read differently', () => {
    // &nbsp; is a no-break space in the tokens (the text renderer writes a space), lone
    // surrogates are gone, Liquid/Hugo tags and scripts are gone, for both renderers.
    expect(tokenizeInline('a&nbsp;b \ud800c')).toEqual([{ type: 'text', value: 'a\u00a0b c' }]);
    const blocks = tokenizeMarkdown('x {% include a.html %}{{ .Title }}<script>alert(1)</script>y');
    expect(blocks).toEqual([
      { type: 'paragraph', content: [{ type: 'text', value: 'x y' }], blankBefore: false },
    ]);
    expect(markdownToText('a&nbsp;b')).toBe('a b');
  });

  it.each([
    ['**a', 50_000],
    ['*', 100_000],
    ['` a', 50_000],
    ['<a href="x">', 20_000],
    ['[a][', 30_000],
    ['a  \n', 30_000],
  ])('stays linear on %j × %i', (unit, times) => {
    expect(markdownToText(`${unit.repeat(times)}x`).length).toBeGreaterThan(0);
  });
});
