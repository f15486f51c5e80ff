// Two servers on 127.0.0.1 for the hostile-page, robustness and huge-page tests:
//
// - the page server: hostile article pages (payloads.ts), pages without an article, the
//   seed article with page scripts, a PDF, images, and generated huge pages (huge.ts);
// - the sentinel server (another port, so another origin): every URL a payload must never
//   make anyone fetch points here (/hit/<payload-id>), and it counts each request. The
//   hostile pages carry a CSP that stops the page itself from loading or running anything
//   from it, so any hit comes from the extension.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as esbuild from 'esbuild';
import { PROJECT_ROOT } from '../fixtures.ts';
import { seedPage } from '../server.ts';
import { heavyMarkupPage, heavyTextPage, manyParagraphsPage } from './huge.ts';
import { hostilePages, payloads, type HostileContext } from './payloads.ts';
import { markedProse, prose } from './prose.ts';

const HTML = 'text/html; charset=utf-8';

/** The hostile pages may load images from their own origin; nothing runs, nothing else loads. */
const HOSTILE_CSP =
  "default-src 'self'; script-src 'none'; object-src 'none'; frame-src 'none'; worker-src 'none'; " +
  "style-src 'self' 'unsafe-inline'; img-src 'self' data:; media-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'";

export interface Hit {
  path: string;
  /** the request's Origin / Referer / Sec-Fetch-Site headers: who asked */
  origin: string;
  referer: string;
  site: string;
  dest: string;
}

export interface HostileServer {
  /** the page server's origin, e.g. http://127.0.0.1:40123 */
  origin: string;
  url(path: string): string;
  /** the sentinel's origin; payloads point here */
  sentinel: string;
  /** every request the sentinel received, in order */
  hits: Hit[];
  /** every request the page server received (path and query), in order */
  log: string[];
  /** hostile page paths with the payload ids on each */
  pages: { path: string; ids: string[]; markers: string[] }[];
  /** every payload's HTML, for /sanitizer-lab */
  labPayloads: { id: string; html: string }[];
  close(): Promise<void>;
}

const TINY_SVG = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180" viewBox="0 0 320 180"><rect width="320" height="180" fill="#8ab"/><text x="20" y="100" font-size="24">${label}</text></svg>`;

/** A one-page PDF with a line of text (offsets computed, so viewers accept it). */
export function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const stream = 'BT /F1 18 Tf 72 720 Td (The harbour wall report, in PDF) Tj ET';
  objects[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

/** An image gallery: many pictures with short captions, no prose. */
export function galleryPage(origin: string): string {
  const items = Array.from({ length: 24 }, (_, i) =>
    `<figure class="gallery-item"><a href="/gallery/${i}"><img src="${origin}/img/gallery-${i}.svg" alt="Photo ${i + 1}" width="320" height="180"></a><figcaption>Photo ${i + 1} of 24</figcaption></figure>`).join('\n');
  return page('Harbour in pictures', `<header><nav><a href="/">Home</a> <a href="/gallery">Galleries</a></nav></header>
<main><h1>Harbour in pictures</h1><div class="gallery">${items}</div></main><footer><a href="/about">About</a></footer>`);
}

/** A page still rendering: the shell of a single-page app before its data arrives. */
export function renderingPage(): string {
  return page('Loading… - The Harbour Times', `<header><nav><a href="/">Home</a></nav></header>
<main id="app" aria-busy="true"><div class="skeleton skeleton-title"></div><div class="skeleton skeleton-line"></div><div class="skeleton skeleton-line"></div><p class="spinner">Loading…</p></main>`);
}

/** An empty page. */
export function blankPage(): string {
  return page('Untitled', '');
}

/**
 * The seed article with page scripts that register listeners (for the "event handlers as
 * before" check): a click counter on a button, and a wrapper around addEventListener that
 * counts every later registration made from the page's world.
 */
export function listenerPage(): string {
  const script = `<script>
(() => {
  const real = EventTarget.prototype.addEventListener;
  const calls = window.__acListenerCalls = [];
  EventTarget.prototype.addEventListener = function (type, fn, opts) {
    calls.push(type + ' on ' + (this === window ? 'window' : this === document ? 'document' : this.nodeName));
    return real.call(this, type, fn, opts);
  };
  window.__acClicks = 0;
  window.__acRemove = EventTarget.prototype.removeEventListener;
  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('ac-counter').addEventListener('click', () => { window.__acClicks++; });
    window.addEventListener('scroll', () => { window.__acScrolls = (window.__acScrolls || 0) + 1; });
  });
})();
</script>`;
  return seedPage()
    .replace('</head>', `${script}\n</head>`)
    .replace('<main id="main-content" role="main">', '<main id="main-content" role="main"><button id="ac-counter" type="button">Count</button>');
}

/**
 * /sanitizer-lab: an ordinary web page (no CSP: inline handlers and javascript: URLs would
 * run) with src/popup/sanitize.ts bundled as window.__acSanitize, so the tests can put every
 * payload through the reader's sanitiser in the real browser's own HTML parser.
 */
function labPage(): string {
  return page('Sanitizer lab', '<main id="reader"><article id="article"></article></main><script src="/sanitizer-lab.js"></script>');
}

async function labScript(): Promise<string> {
  const out = await esbuild.build({
    stdin: { contents: "import { sanitizeFragment } from './src/popup/sanitize.ts';\n(window as unknown as { __acSanitize: unknown }).__acSanitize = sanitizeFragment;", resolveDir: PROJECT_ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    logLevel: 'warning',
  });
  return out.outputFiles[0]!.text;
}

export async function startHostileServer(): Promise<HostileServer> {
  const lab = await labScript();
  const hits: Hit[] = [];
  const log: string[] = [];
  const header = (req: http.IncomingMessage, name: string) => String(req.headers[name] ?? '');

  const sentinelSrv = http.createServer((req, res) => {
    hits.push({
      path: req.url ?? '/',
      origin: header(req, 'origin'),
      referer: header(req, 'referer'),
      site: header(req, 'sec-fetch-site'),
      dest: header(req, 'sec-fetch-dest'),
    });
    res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
    res.end('sentinel');
  });
  await new Promise<void>((resolve) => sentinelSrv.listen(0, '127.0.0.1', resolve));
  const sentinel = `http://127.0.0.1:${(sentinelSrv.address() as AddressInfo).port}`;

  let origin = '';
  let pages: HostileServer['pages'] = [];
  const built = new Map<string, string>();

  const srv = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    log.push(`${u.pathname}${u.search}`);
    const send = (status: number, body: string | Buffer, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': HTML, 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    try {
      const hostile = built.get(u.pathname);
      if (hostile) return send(200, hostile, { 'content-security-policy': HOSTILE_CSP });
      if (/^\/(img|images)\//.test(u.pathname)) return send(200, TINY_SVG(u.pathname.split('/').pop()!), { 'content-type': 'image/svg+xml' });
      switch (u.pathname) {
        case '/article': return send(200, listenerPage());
        case '/sanitizer-lab': return send(200, labPage());
        case '/sanitizer-lab.js': return send(200, lab, { 'content-type': 'text/javascript; charset=utf-8' });
        case '/gallery': return send(200, galleryPage(origin));
        case '/rendering': return send(200, renderingPage());
        case '/blank': return send(200, blankPage());
        case '/report.pdf': return send(200, tinyPdf(), { 'content-type': 'application/pdf' });
        case '/huge/paragraphs': return send(200, manyParagraphsPage(Number(u.searchParams.get('n') ?? 50_000)));
        case '/huge/markup': return send(200, heavyMarkupPage(Number(u.searchParams.get('mb') ?? 20)));
        case '/huge/text': return send(200, heavyTextPage(Number(u.searchParams.get('mb') ?? 20)));
        case '/favicon.ico': return send(204, '');
        default: return send(404, 'not found', { 'content-type': 'text/plain' });
      }
    } catch (e) {
      return send(500, String((e as Error)?.stack ?? e), { 'content-type': 'text/plain' });
    }
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;

  const ctx: HostileContext = { origin, sentinel, prose, markedProse };
  const labPayloads = payloads(ctx).flat().map((p) => ({ id: p.id, html: p.html }));
  pages = hostilePages(ctx).map((p) => {
    built.set(p.path, p.html);
    return { path: p.path, ids: p.ids, markers: p.markers };
  });

  const closeOne = (s: http.Server) =>
    new Promise<void>((resolve) => {
      s.closeAllConnections();
      s.close(() => resolve());
    });
  return {
    origin,
    url: (p) => origin + p,
    sentinel,
    hits,
    log,
    get pages() {
      return pages;
    },
    labPayloads,
    close: async () => {
      await Promise.all([closeOne(srv), closeOne(sentinelSrv)]);
    },
  };
}
