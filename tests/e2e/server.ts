// The pages the browser tests open, served from 127.0.0.1 on a random port.
//   /news/world-us-canada-63364524  a BBC-like article page built from the 14 paragraphs of
//                                   seeds/000_0b3389d327c9b584.txt (13 = newsletter promo, 14 = © line)
//   /search?q=…                     search results: a list of short links, no article
//   /account/sign-in                a near-empty page: a sign-in form, no article
//   /corpus/<slug>/                 ../shared/corpus/readability-pages/<slug>/source.html, read
//                                   at request time (never copied); scripts and remote loads are
//                                   blocked by a CSP header so the saved page stays as saved
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { parseSeed } from '../../src/seed/read-seed.ts';
import { PROJECT_ROOT, readabilityPagesDir } from './fixtures.ts';

export const SEED_FILE = path.join(PROJECT_ROOT, 'seeds', '000_0b3389d327c9b584.txt');
export const SEED_PATH = '/news/world-us-canada-63364524';
export const SEED_HEADLINE = 'US border chief Chris Magnus says he was asked to resign or be fired';
export const SEARCH_PATH = '/search?q=border+security';
export const EMPTY_PATH = '/account/sign-in';

/** The seed's paragraphs as inline HTML, in page order. */
export function seedParagraphsHtml(): string[] {
  return parseSeed(fs.readFileSync(SEED_FILE, 'utf8'));
}

const SITE_HEADER = `
<header class="orb-banner" role="banner">
  <div class="orb-container">
    <a class="orb-logo" href="/" aria-label="BBC Homepage"><svg width="84" height="24" aria-hidden="true"><rect width="24" height="24"/><rect x="30" width="24" height="24"/><rect x="60" width="24" height="24"/></svg></a>
    <a class="orb-skip" href="#main-content">Skip to content</a>
    <nav class="orb-nav" aria-label="BBC">
      <ul>
        <li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
        <li><a href="/weather">Weather</a></li><li><a href="/iplayer">iPlayer</a></li><li><a href="/sounds">Sounds</a></li>
        <li><a href="/bitesize">Bitesize</a></li><li><a href="/cbbc">CBBC</a></li><li><a href="/food">Food</a></li>
      </ul>
    </nav>
    <form class="orb-search" action="/search" role="search"><input name="q" type="search" placeholder="Search BBC"><button>Search</button></form>
    <a class="orb-signin" href="${EMPTY_PATH}">Sign in</a>
  </div>
</header>`;

const NEWS_NAV = `
<nav class="nw-c-nav" aria-label="News">
  <a class="nw-o-news-branding" href="/news">NEWS</a>
  <ul>
    <li><a href="/news">Home</a></li><li><a href="/news/world-60525350">War in Ukraine</a></li>
    <li><a href="/news/coronavirus">Coronavirus</a></li><li><a href="/news/science-environment-56837908">Climate</a></li>
    <li><a href="/news/uk">UK</a></li><li><a href="/news/world" aria-current="page">World</a></li>
    <li><a href="/news/business">Business</a></li><li><a href="/news/politics">Politics</a></li>
    <li><a href="/news/technology">Tech</a></li><li><a href="/news/science_and_environment">Science</a></li>
  </ul>
  <ul class="nw-c-nav__secondary">
    <li><a href="/news/world/africa">Africa</a></li><li><a href="/news/world/asia">Asia</a></li>
    <li><a href="/news/world/australia">Australia</a></li><li><a href="/news/world/europe">Europe</a></li>
    <li><a href="/news/world/latin_america">Latin America</a></li><li><a href="/news/world/middle_east">Middle East</a></li>
    <li><a href="/news/world/us_and_canada" aria-current="page">US &amp; Canada</a></li>
  </ul>
</nav>`;

const SITE_FOOTER = `
<footer class="orb-footer" role="contentinfo">
  <nav aria-label="Explore the BBC">
    <ul>
      <li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
      <li><a href="/reel">Reel</a></li><li><a href="/worklife">Worklife</a></li><li><a href="/travel">Travel</a></li>
      <li><a href="/future">Future</a></li><li><a href="/culture">Culture</a></li>
    </ul>
  </nav>
  <ul class="orb-footer-links">
    <li><a href="/usingthebbc/terms">Terms of Use</a></li><li><a href="/aboutthebbc">About the BBC</a></li>
    <li><a href="/usingthebbc/privacy">Privacy Policy</a></li><li><a href="/usingthebbc/cookies">Cookies</a></li>
    <li><a href="/accessibility">Accessibility Help</a></li><li><a href="/guidance">Parental Guidance</a></li>
    <li><a href="/contact">Contact the BBC</a></li><li><a href="/newsletters">Get Personalised Newsletters</a></li>
    <li><a href="/adverts">Why you can trust the BBC</a></li><li><a href="/advertisewithus">Advertise with us</a></li>
  </ul>
</footer>`;

function page(title: string, head: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${head}
<style>
  body { margin: 0; font: 16px/1.5 Helvetica, Arial, sans-serif; color: #141414; }
  .orb-banner, .nw-c-nav, .orb-footer { background: #000; color: #fff; padding: 8px 16px; }
  .nw-c-nav { background: #b80000; }
  .orb-banner a, .nw-c-nav a, .orb-footer a { color: #fff; }
  header ul, nav ul, footer ul { display: flex; flex-wrap: wrap; gap: 12px; list-style: none; margin: 0; padding: 0; }
  main { max-width: 640px; margin: 0 auto; padding: 16px; }
  aside { border-top: 4px solid #b80000; margin-top: 32px; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** The BBC-like article page around the seed's 14 paragraphs. */
export function seedPage(): string {
  const blocks = seedParagraphsHtml()
    .map((html) => `<div data-component="text-block" class="ssrcss-11r1m41-RichTextComponentWrapper"><p class="ssrcss-1q0x1qg-Paragraph">${html}</p></div>`)
    .join('\n');
  const head = `<meta property="og:title" content="${SEED_HEADLINE}">
<meta property="og:site_name" content="BBC News">
<meta property="og:type" content="article">
<meta name="description" content="The top official tasked with overseeing US border security says he has been asked to resign or be fired.">`;
  const body = `${SITE_HEADER}
${NEWS_NAV}
<div id="main-wrapper">
<main id="main-content" role="main">
<article class="ssrcss-pv1rh6-ArticleWrapper">
  <header class="ssrcss-1eqcsb1-HeadingWrapper">
    <h1 id="main-heading" class="ssrcss-15xko80-StyledHeading">${SEED_HEADLINE}</h1>
  </header>
  <div data-component="byline-block" class="ssrcss-68pt20-Text-TextContributorName">
    <div class="ssrcss-1pjc44v-Contributor"><strong>By Staff Reporter</strong> BBC News, Washington</div>
    <time datetime="2022-10-22T21:43:12.000Z">22 October 2022</time>
  </div>
  <figure class="ssrcss-ab5fd8-StyledFigure">
    <img src="/images/border.svg" alt="A border patrol agent at the US-Mexico border" width="640" height="360">
    <figcaption>Illegal crossings at the US-Mexico border reached a record this year</figcaption>
  </figure>
${blocks}
</article>
<aside aria-label="Related topics" class="ssrcss-related">
  <h2>Related Topics</h2>
  <ul><li><a href="/news/topics/immigration">Immigration</a></li><li><a href="/news/topics/us-mexico-border">US-Mexico border</a></li><li><a href="/news/topics/joe-biden">Joe Biden</a></li></ul>
  <h2>More on this story</h2>
  <ul>
    <li><a href="/news/world-us-canada-63000001">US border crossings hit record high</a></li>
    <li><a href="/news/world-us-canada-63000002">Republican governors send migrants north</a></li>
  </ul>
</aside>
</main>
</div>
${SITE_FOOTER}
<script>document.documentElement.classList.add('js-enabled');</script>`;
  return page(`${SEED_HEADLINE} - BBC News`, head, body);
}

/** A search-results page: many short linked snippets, nothing to read. */
export function searchPage(): string {
  const results = [
    ['US border crossings hit record high', 'More than two million people were stopped at the border this year.'],
    ['Republican governors send migrants north', 'Buses from Texas arrived in New York and Washington.'],
    ['Border chief asked to resign', 'The commissioner says he was asked to step down.'],
    ['What is Title 42?', 'A public health rule used to turn back migrants.'],
    ['Biden visits the border for the first time', 'The president spent four hours in El Paso.'],
    ['Migrant caravan reaches Mexico City', 'Several thousand people are walking north.'],
    ['Homeland security secretary faces impeachment threat', 'Republicans say they will act if they win the House.'],
    ['Border towns brace for end of rule', 'Shelters are preparing for more arrivals.'],
  ];
  const items = results
    .map(([t, s], i) => `<li class="search-result"><a href="/news/world-us-canada-6300${i}">${t}</a><p class="snippet">${s}</p><span class="date">${i + 1} days ago</span></li>`)
    .join('\n');
  const body = `${SITE_HEADER}
<main id="main-content" role="main">
  <h1>Search results for “border security”</h1>
  <form action="/search" role="search"><input name="q" value="border security"><button>Search</button></form>
  <p class="count">8 results</p>
  <ol class="search-results">
${items}
  </ol>
  <nav aria-label="Pages"><a href="/search?q=border+security&amp;page=2">Next page</a></nav>
</main>
${SITE_FOOTER}`;
  return page('Search - BBC', '', body);
}

/** A near-empty page: a sign-in form. */
export function emptyPage(): string {
  const body = `${SITE_HEADER}
<main id="main-content" role="main">
  <h1>Sign in</h1>
  <form action="${EMPTY_PATH}" method="post">
    <label>Email or username <input name="user" autocomplete="username"></label>
    <label>Password <input name="password" type="password" autocomplete="current-password"></label>
    <button>Sign in</button>
  </form>
  <p><a href="/account/register">Register</a></p>
</main>
${SITE_FOOTER}`;
  return page('Sign in - BBC account', '', body);
}

const HTML = 'text/html; charset=utf-8';

/** The seed page's lead picture: dusk over a border fence. */
const BORDER_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2c4a6e"/><stop offset="0.7" stop-color="#e9a86b"/><stop offset="1" stop-color="#f4d19b"/></linearGradient></defs>
<rect width="640" height="360" fill="url(#sky)"/>
<circle cx="470" cy="215" r="34" fill="#fbe3a8"/>
<path d="M0 230 L120 200 L230 222 L360 190 L480 226 L640 205 L640 360 L0 360 Z" fill="#7a5a45"/>
<path d="M0 270 L640 250 L640 360 L0 360 Z" fill="#b98b5e"/>
${Array.from({ length: 33 }, (_, i) => `<rect x="${i * 20}" y="${178 - i * 0.6}" width="7" height="${100 - i * 0.6}" fill="#3b3330"/>`).join('')}
<rect x="0" y="178" width="640" height="6" fill="#3b3330"/>
</svg>`;
/** Saved pages keep their markup; their scripts and remote subresources stay off. */
const CORPUS_CSP = "default-src 'self' data:; script-src 'none'; style-src 'self' 'unsafe-inline' data:; img-src 'self' data:; font-src 'self' data:; frame-src 'none'";

export interface TestServer {
  origin: string;
  url(p: string): string;
  /** requests served so far, for debugging */
  log: string[];
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const log: string[] = [];
  const corpusDir = readabilityPagesDir();
  const srv = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    log.push(`${req.method} ${u.pathname}${u.search}`);
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': HTML, 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    try {
      if (u.pathname === SEED_PATH) return send(200, seedPage());
      if (u.pathname === '/search') return send(200, searchPage());
      if (u.pathname === EMPTY_PATH) return send(200, emptyPage());
      const m = /^\/corpus\/([a-z0-9][a-z0-9-]*)\/$/.exec(u.pathname);
      if (m) {
        const file = corpusDir && path.join(corpusDir, m[1]!, 'source.html');
        if (!file || !fs.existsSync(file)) return send(404, `no corpus page ${m[1]}`, { 'content-type': 'text/plain' });
        res.writeHead(200, { 'content-type': HTML, 'cache-control': 'no-store', 'content-security-policy': CORPUS_CSP });
        return res.end(fs.readFileSync(file));
      }
      if (u.pathname === '/images/border.svg') return send(200, BORDER_SVG, { 'content-type': 'image/svg+xml' });
      if (u.pathname === '/favicon.ico') return send(204, '');
      return send(404, 'not found', { 'content-type': 'text/plain' });
    } catch (e) {
      return send(500, String((e as Error)?.stack ?? e), { 'content-type': 'text/plain' });
    }
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
  return {
    origin,
    url: (p) => origin + p,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        srv.closeAllConnections();
        srv.close(() => resolve());
      }),
  };
}
