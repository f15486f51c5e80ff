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

/** Parses the sanitised output back into an element, to inspect it as the popup would. */
const dom = (input: string) => {
  const div = document.createElement('div');
  div.append(sanitizeFragment(input));
  return div;
};
const J = "window.__pwned=1";

describe('sanitizeFragment: what an article keeps', () => {
  it('keeps table spans, language, direction, dates, image sizes and list numbering', () => {
    expect(html(sanitizeFragment('<table><tr><td colspan="2" rowspan="3" scope="col">x</td></tr></table>'))).toContain('<td colspan="2" rowspan="3" scope="col">x</td>');
    expect(html(sanitizeFragment('<p lang="ar" dir="rtl">مرحبا</p>'))).toBe('<p lang="ar" dir="rtl">مرحبا</p>');
    expect(html(sanitizeFragment('<time datetime="2025-01-02">2 Jan</time>'))).toBe('<time datetime="2025-01-02">2 Jan</time>');
    expect(html(sanitizeFragment('<ol start="3" reversed=""><li value="7">x</li></ol>'))).toBe('<ol start="3" reversed=""><li value="7">x</li></ol>');
    const img = dom('<img src="https://img.example/a.jpg" width="640" height="360" alt="A harbour" title="The harbour" sizes="100vw" srcset="https://img.example/a1.jpg 1x, https://img.example/a2.jpg 2x">').querySelector('img')!;
    expect(Object.fromEntries([...img.attributes].map((a) => [a.name, a.value]))).toEqual({
      src: 'https://img.example/a.jpg', width: '640', height: '360', alt: 'A harbour', title: 'The harbour', sizes: '100vw',
      srcset: 'https://img.example/a1.jpg 1x, https://img.example/a2.jpg 2x', loading: 'lazy', referrerpolicy: 'no-referrer',
    });
  });

  it('keeps <picture> sources with allowed srcsets and quotes with http citations', () => {
    const out = dom('<picture><source srcset="https://img.example/a.webp" type="image/webp"><img src="https://img.example/a.jpg" alt=""></picture><blockquote cite="https://news.example/q">Q</blockquote>');
    expect(out.querySelector('source')!.getAttribute('srcset')).toBe('https://img.example/a.webp');
    expect(out.querySelector('blockquote')!.getAttribute('cite')).toBe('https://news.example/q');
  });

  it('drops SVG and MathML with their content (a documented decision), keeps the text around them', () => {
    expect(html(sanitizeFragment('before <svg viewBox="0 0 1 1"><text>chart</text><style>.a{fill:red}</style></svg> after'))).toBe('before  after');
    expect(html(sanitizeFragment('E = <math><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math>.'))).toBe('E = .');
  });
});

describe('sanitizeFragment: nothing that runs, loads or navigates', () => {
  it.each([
    // every kind of event handler
    [`<img src="https://ok.example/a.png" onload="${J}" onerror="${J}">`],
    [`<p onclick="${J}" onmouseover="${J}" onpointerenter="${J}" onfocus="${J}" tabindex="0" autofocus>x</p>`],
    [`<details open ontoggle="${J}"><summary>s</summary>x</details>`],
    [`<p style="animation:x 1s" onanimationstart="${J}" ontransitionend="${J}">x</p>`],
    [`<svg><animate onbegin="${J}" attributeName="x" dur="1s"/></svg>`],
    [`<body onload="${J}"><p>x</p></body>`],
    [`<a href="https://ok.example/" onauxclick="${J}" onmouseenter="${J}">x</a>`],
    // URL schemes
    [`<a href="javascript:${J}">x</a>`], [`<a href="JaVaScRiPt:${J}">x</a>`], [`<a href="java&#x09;script:${J}">x</a>`],
    [`<a href="&#x6A;avascript:${J}">x</a>`], [`<a href=" \u0001javascript:${J}">x</a>`], [`<a href="vbscript:msgbox(1)">x</a>`],
    [`<a href="data:text/html,<script>${J}</script>">x</a>`], [`<a href="data:image/svg+xml,<svg onload='${J}'/>">x</a>`],
    [`<a href="chrome-extension://abc/popup.html">x</a>`], [`<a href="file:///etc/passwd">x</a>`], [`<a href="blob:https://a/b">x</a>`],
    [`<img src="javascript:${J}">`], [`<img src="data:text/html;base64,PHNjcmlwdD4=">`], [`<img src="chrome-extension://abc/icon.png">`],
    [`<img srcset="https://ok.example/a.png 1x, javascript:${J} 2x">`], [`<picture><source srcset="data:text/html,x"><img></picture>`],
    [`<blockquote cite="javascript:${J}">q</blockquote>`],
    // SVG and MathML URL tricks
    [`<svg><a xlink:href="javascript:${J}"><text>x</text></a></svg>`], [`<svg><use href="data:image/svg+xml;base64,PHN2Zz4=#x"/></svg>`],
    [`<svg><a><animate attributeName="href" values="javascript:${J}"/><text>x</text></a></svg>`], [`<math href="javascript:${J}">x</math>`],
    // mutation XSS
    [`<svg></p><style><a id="</style><img src=1 onerror=${J}>">`],
    [`<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${J}&gt;">`],
    [`<form><math><mtext></form><form><mglyph><style></math><img src onerror=${J}>`],
    [`<noscript><p title="</noscript><img src=x onerror=${J}>"></noscript>`],
    [`<template><img src=x onerror=${J}></template>`], [`<textarea><img src=x onerror=${J}></textarea>`],
    [`<title><img src=x onerror=${J}></title>`], [`<xmp><img src=x onerror=${J}></xmp>`], [`<noembed><img src=x onerror=${J}></noembed>`],
    // frames, objects, forms, meta, base, links, media
    [`<iframe srcdoc="<script>${J}</script>"></iframe>`], [`<iframe src="javascript:${J}"></iframe>`], [`<object data="https://evil.example/x"></object>`],
    [`<embed src="https://evil.example/x">`], [`<form action="https://evil.example/f"><button formaction="javascript:${J}">Go</button></form>`],
    [`<input type="image" src="https://evil.example/i">`], [`<meta http-equiv="refresh" content="0;url=https://evil.example">`],
    [`<base href="https://evil.example/">`], [`<link rel="stylesheet" href="https://evil.example/s.css">`], [`<link rel="prefetch" href="https://evil.example/p">`],
    [`<video poster="https://evil.example/p" src="https://evil.example/v"></video>`], [`<audio src="https://evil.example/a"></audio>`],
    [`<a href="https://ok.example/" ping="https://evil.example/ping">x</a>`], [`<img src="https://ok.example/a.png" usemap="#m"><map name="m"><area href="javascript:${J}"></map>`],
    // CSS that loads URLs
    [`<p style="background:url(https://evil.example/bg)">x</p>`], [`<style>@import url(https://evil.example/i.css);</style>`],
    [`<table background="https://evil.example/t"><tr><td background="https://evil.example/td">x</td></tr></table>`],
    // DOM clobbering of the popup's own ids and of document/form properties
    [`<img id="article" name="removed" src="https://ok.example/a.png"><a id="message" name="title" href="https://ok.example/">x</a>`],
    [`<img name="body"><img name="getElementById"><form name="querySelector"></form><span id="reader">x</span>`],
  ])('%s', (input) => {
    const out = dom(input);
    const all = [out, ...out.querySelectorAll('*')];
    for (const el of all) {
      expect(ALLOWED.has(el.localName) || el === out, `<${el.localName}> kept from ${input}`).toBe(true);
      for (const a of el.attributes) {
        expect(a.name, `${a.name} kept on <${el.localName}>`).not.toMatch(/^on|^style$|^id$|^name$|^class$|^xlink|^ping$|^usemap$|^background$|^formaction$|^action$|^poster$|^srcdoc$/);
        if (['href', 'cite'].includes(a.name)) expect(a.value, `${a.name} on <${el.localName}>`).toMatch(/^https?:/);
        if (['src', 'srcset'].includes(a.name)) {
          for (const c of a.value.split(',')) expect(c.trim(), `${a.name} on <${el.localName}>`).toMatch(/^(https?:|data:image\/)/);
        }
      }
    }
    expect(out.innerHTML).not.toMatch(/evil\.example/);
    expect(out.innerHTML).not.toMatch(/javascript:|vbscript:|data:text/i);
  });

  it('keeps a 1 MB attribute value without choking (huge alt), and drops a 1 MB javascript: URL', () => {
    const big = 'a'.repeat(1 << 20);
    const t0 = performance.now();
    const out = dom(`<p>before <img src="https://ok.example/a.png" alt="${big}"> <a href="javascript:${big}">x</a> after</p>`);
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(out.querySelector('img')!.getAttribute('alt')!.length).toBe(1 << 20);
    expect(out.querySelector('a')!.hasAttribute('href')).toBe(false);
    expect(out.textContent).toBe('before  x after');
  });
});

const ALLOWED = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre',
  'figure', 'figcaption', 'img', 'picture', 'source', 'hr',
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
]);
