// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeFragment } from '../../../src/popup/sanitize.ts';

const html = (frag: DocumentFragment) => {
  const div = document.createElement('div');
  div.append(frag);
  return div.innerHTML;
};

describe('sanitizeFragment', () => {
  it('keeps article markup and opens links in a new tab', () => {
    const out = html(sanitizeFragment('Read <a href="https://example.org/x">the <b>report</b></a>.'));
    expect(out).toBe('Read <a href="https://example.org/x" target="_blank" rel="noopener noreferrer">the <b>report</b></a>.');
  });

  it.each([
    ['<img src=x onerror="window.__pwned=1">', /onerror/],
    ['<script>window.__pwned=1</script>text', /script/],
    ['<a href="javascript:alert(1)">x</a>', /javascript:/],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', /data:text/],
    ['<img srcset="javascript:alert(1) 1x, https://ok.example/a.png 2x">', /javascript:/],
    ['<p style="background:url(https://evil.example/t)">x</p>', /style/],
    ['<iframe srcdoc="<script>alert(1)</script>"></iframe>', /iframe|srcdoc/],
    ['<form action="https://evil.example"><input name="q"></form>', /form|input/],
    ['<svg><script>alert(1)</script></svg>', /script/],
    ['<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>', /onerror/],
    ['<img id="message" name="removed" src="https://ok.example/a.png">', /id="message"|name="removed"/],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example">', /meta|refresh/],
    ['<base href="https://evil.example/">', /base/],
  ])('removes %s', (input, forbidden) => {
    expect(html(sanitizeFragment(input))).not.toMatch(forbidden);
  });

  it('keeps http images and data:image URLs (inert in <img>), not other data: URLs', () => {
    expect(html(sanitizeFragment('<img src="https://img.example/a.jpg" alt="a">'))).toContain('src="https://img.example/a.jpg"');
    expect(html(sanitizeFragment('<img src="data:image/png;base64,iVBORw0KGgo=">'))).toContain('src="data:image/png');
    expect(html(sanitizeFragment('<img src="data:text/html;base64,PHNjcmlwdD4=">'))).not.toContain('src=');
  });
});
