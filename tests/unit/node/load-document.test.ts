import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDocument } from '../../../src/node/load-document.ts';
import { DEFAULT_PAGE_URL } from '../../../src/node/page-url.ts';

// The idiom of a styled range slider, as one corpus page (wcxb-dev 0037) ships
// it: hundreds of box-shadows. css-tree gives up on it only after 15,000
// matching steps, and says so with console.warn.
const SLIDER_SHADOWS = Array.from({ length: 400 }, (_, i) => `${i + 1}px 0 0 -5px #cfcfcf`).join(',');
const SLIDER_CSS = `.slider::-webkit-slider-thumb{height:13px;box-shadow:${SLIDER_SHADOWS}}`;
const UNPARSABLE_CSS = '@media screen and ( { .a { color: red } } } @import url(; .b { width: calc(100% - ) }';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('loadDocument', () => {
  it('parses the page at the given URL, so relative links resolve against it', () => {
    const page = loadDocument('<p><a href="/story/2">next</a></p>', 'https://news.example/world/story-1');
    try {
      expect(page.document.URL).toBe('https://news.example/world/story-1');
      expect(page.document.querySelector('a')!.href).toBe('https://news.example/story/2');
    } finally {
      page.close();
    }
  });

  it("defaults to Readability's test URL", () => {
    const page = loadDocument('<p>hello</p>');
    expect(page.document.URL).toBe(DEFAULT_PAGE_URL);
    expect(DEFAULT_PAGE_URL).toBe('http://fakehost/test/page.html');
    page.close();
  });

  it('honours <base href>', () => {
    const page = loadDocument('<head><base href="https://cdn.example/a/"></head><a href="b.html">b</a>', 'https://news.example/');
    expect(page.document.querySelector('a')!.href).toBe('https://cdn.example/a/b.html');
    page.close();
  });

  it('throws on a URL that is not absolute', () => {
    expect(() => loadDocument('<p>x</p>', 'not a url')).toThrow(TypeError);
  });

  it('never runs scripts or inline event handlers', () => {
    const page = loadDocument(`<body>
      <script>document.body.setAttribute('data-script', 'ran')</script>
      <img src="data:," onerror="document.body.setAttribute('data-onerror', 'ran')">
      <p>text</p></body>`);
    const body = page.document.body;
    expect(body.hasAttribute('data-script')).toBe(false);
    expect(body.hasAttribute('data-onerror')).toBe(false);
    expect(page.document.querySelector('p')!.textContent).toBe('text');
    page.close();
  });

  it('loads no resource: no stylesheet, script, image or frame is fetched', async () => {
    let requests = 0;
    const server = http.createServer((_req, res) => {
      requests++;
      res.end('/* */');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const page = loadDocument(`<head>
        <link rel="stylesheet" href="${origin}/site.css">
        <script src="${origin}/app.js"></script></head>
        <body><img src="${origin}/photo.jpg"><iframe src="${origin}/frame.html"></iframe><p>text</p></body>`, `${origin}/page.html`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      page.close();
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });

  it('builds no stylesheet from CSS that css-tree spins on or rejects, and prints nothing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});

    // The control: a window's own document does parse this CSS, and css-tree complains.
    const plain = new JSDOM(`<style>${SLIDER_CSS}</style>`, { virtualConsole: new VirtualConsole() });
    expect(plain.window.document.styleSheets.length).toBe(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('csstree-match'));
    plain.window.close();
    warn.mockClear();

    const page = loadDocument(`<head><style>${SLIDER_CSS}</style><style>${UNPARSABLE_CSS}</style></head><body><p>kept</p></body>`);
    expect(page.document.styleSheets.length).toBe(0);
    // The CSS stays in the document as text; only the parsing is skipped.
    expect(page.document.querySelectorAll('style')).toHaveLength(2);
    expect(page.document.querySelector('p')!.textContent).toBe('kept');
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
    page.close();
  });

  it('keeps inline style attributes readable, so Readability can still skip hidden blocks', () => {
    const page = loadDocument('<p style="display: none">hidden</p><p style="visibility:hidden">also</p>');
    const [hidden, invisible] = page.document.querySelectorAll('p');
    expect(hidden!.style.display).toBe('none');
    expect(invisible!.style.visibility).toBe('hidden');
    page.close();
  });
});
