// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { articleMarkdown, blockMarkdown, escapeInline, inlineMarkdown, type MarkdownBlock } from '../../../src/popup/markdown.ts';
import { blockContent } from '../../../src/popup/block-content.ts';
import { sanitizeFragment } from '../../../src/popup/sanitize.ts';
import type { BlockTag } from '../../../src/shared/types.ts';

const block = (tag: BlockTag, html: string, extra: Partial<MarkdownBlock> = {}): MarkdownBlock => ({ tag, content: blockContent(tag, html), ...extra });
const inline = (html: string) => inlineMarkdown(sanitizeFragment(html));

describe('inlineMarkdown', () => {
  it.each([
    ['plain  text\n spread out', 'plain text spread out'],
    ['<b>bold</b> and <strong>strong</strong>', '**bold** and **strong**'],
    ['<em>em</em>, <i>i</i>, <cite>The Times</cite>', '*em*, *i*, *The Times*'],
    ['a <b> spaced </b> word', 'a  **spaced**  word'],
    ['<del>old</del> new', '~~old~~ new'],
    ['<code>let x = 1</code>', '`let x = 1`'],
    ['<code>a `tick` b</code>', '``a `tick` b``'],
    ['<a href="https://example.org/a">the <b>report</b></a>', '[the **report**](https://example.org/a)'],
    ['<a href="https://example.org/a (1)">x</a>', '[x](<https://example.org/a (1)>)'],
    ['<a>no href</a>', 'no href'],
    ['<img src="https://img.example/a.png" alt="A [map]">', '![A \\[map\\]](https://img.example/a.png)'],
    ['line<br>break', 'line\\\nbreak'],
    ['5 * 3 = 15, a_b, [x], &lt;tag&gt;', '5 \\* 3 = 15, a\\_b, \\[x\\], \\<tag>'],
  ])('%s', (html, md) => expect(inline(html)).toBe(md));
});

describe('escapeInline', () => {
  it('leaves ordinary punctuation alone', () => {
    expect(escapeInline('Cost: £4.1m (2025) — up 18.5%; "quoted" & more! 1 < 2')).toBe('Cost: £4.1m (2025) — up 18.5%; "quoted" & more! 1 < 2');
  });
});

describe('blockMarkdown', () => {
  it('headings: h1/h2 as ##, the rest as ### (the title is the one #)', () => {
    expect(blockMarkdown(block('h2', 'What <em>happens</em> next'))).toBe('## What *happens* next');
    expect(blockMarkdown(block('h4', 'Detail'))).toBe('### Detail');
  });

  it('a paragraph that starts like Markdown is escaped', () => {
    expect(blockMarkdown(block('p', '# not a heading'))).toBe('\\# not a heading');
    expect(blockMarkdown(block('p', '1999. A year'))).toBe('1999\\. A year');
    expect(blockMarkdown(block('p', '- not a list'))).toBe('\\- not a list');
    expect(blockMarkdown(block('p', '> not a quote'))).toBe('\\> not a quote');
  });

  it('quotes, with their paragraphs', () => {
    expect(blockMarkdown(block('blockquote', '<p>We cannot wait.</p><p>Not another <b>winter</b>.</p>'))).toBe('> We cannot wait.\n>\n> Not another **winter**.');
  });

  it('code blocks, fenced longer than any fence inside, spacing kept', () => {
    expect(blockMarkdown(block('pre', '<code>if (a) {\n  b();\n}\n</code>'))).toBe('```\nif (a) {\n  b();\n}\n```');
    expect(blockMarkdown(block('pre', 'x\n```\ny'))).toBe('````\nx\n```\ny\n````');
  });

  it('tables: GFM with the first row as header, pipes escaped', () => {
    const md = blockMarkdown(block('table', '<caption>Costs</caption><tr><th>Year</th><th>Cost</th></tr><tr><td>2025</td><td>4.1m | est.</td></tr><tr><td>2026</td></tr>'));
    expect(md).toBe('*Costs*\n\n| Year | Cost |\n| --- | --- |\n| 2025 | 4.1m \\| est. |\n| 2026 |   |');
  });

  it('figures: the image, then its caption in italics', () => {
    expect(blockMarkdown(block('figure', '<img src="https://img.example/w.jpg" alt="The wall"><figcaption>The planned wall. Photo: Jan Smit</figcaption>'))).toBe(
      '![The wall](https://img.example/w.jpg)\n\n*The planned wall. Photo: Jan Smit*',
    );
    expect(blockMarkdown(block('figure', '<blockquote>Said so.</blockquote><figcaption>— The mayor</figcaption>'))).toBe('> Said so.\n\n*— The mayor*');
    expect(blockMarkdown(block('figcaption', 'Photo: AP', { caption: true }))).toBe('*Photo: AP*');
  });

  it('drops what cannot be a link or image in Markdown (no javascript:, no data:)', () => {
    expect(blockMarkdown(block('p', '<a href="javascript:alert(1)">x</a> <img src="data:image/png;base64,AAAA" alt="d">'))).toBe('x');
  });
});

describe('articleMarkdown', () => {
  it('the title, the byline line and the source, then the blocks separated by blank lines; list runs numbered per list', () => {
    const md = articleMarkdown(
      { title: 'Harbour wall approved', byline: 'By Ann Lee', siteName: 'Harbour News', date: '3 March 2025', url: 'https://news.example/harbour' },
      [
        block('p', 'The council <b>decided</b>.'),
        block('li', 'Rye flour', { list: { index: 0, ordered: false } }),
        block('li', 'Water', { list: { index: 0, ordered: false } }),
        block('li', 'Mix', { list: { index: 1, ordered: true } }),
        block('li', 'Bake <em>long</em>', { list: { index: 1, ordered: true } }),
        block('h2', 'Next'),
        block('p', 'More.'),
      ],
    );
    expect(md).toBe(
      [
        '# Harbour wall approved',
        'By Ann Lee · Harbour News · 3 March 2025  \n<https://news.example/harbour>',
        'The council **decided**.',
        '- Rye flour\n- Water',
        '1. Mix\n2. Bake *long*',
        '## Next',
        'More.',
      ].join('\n\n') + '\n',
    );
  });

  it('leaves out what is missing', () => {
    expect(articleMarkdown({ title: 'T' }, [block('p', 'x')])).toBe('# T\n\nx\n');
    expect(articleMarkdown({ title: 'T', url: 'javascript:alert(1)' }, [])).toBe('# T\n');
  });
});
