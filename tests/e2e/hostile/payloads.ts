// The hostile-input corpus: payloads written into article pages, each between paragraphs
// of ordinary prose (or inside one), for the real-browser tests (hostile.*.e2e.test.ts)
// and the unit test that runs the same pages through extract + sanitize in jsdom.
//
// Sentinels: any payload that executes script does
//   window.__acPwned=1; top.__acPwned='<id>'; document.title='PW'+'NED-<id>';
//   new Image().src='<sentinel>/hit/js-<id>'
// (space-free, no double quotes, so it works in quoted and unquoted attributes and in
// javascript: URLs; the title is built at run time, so a payload shown as text is no hit). Any URL that nobody may fetch points at <sentinel>/hit/<id>; the
// sentinel server counts requests. Relative URLs in payloads resolve to the page's own
// origin (or, on the page with <base>, to <sentinel>/base/): those are the page's own
// image URLs, which the reader may load.

export interface HostileContext {
  /** the page server's origin */
  origin: string;
  /** the sentinel server's origin (another port) */
  sentinel: string;
  prose(n: number): string;
  markedProse(marker: string, n: number): string;
}

export type Category =
  | 'script'
  | 'event-handler'
  | 'url-scheme'
  | 'srcset'
  | 'svg-mathml'
  | 'mutation-xss'
  | 'raw-text'
  | 'frame-object'
  | 'form'
  | 'meta-base-link'
  | 'css-url'
  | 'media'
  | 'dom-clobbering'
  | 'huge-value'
  | 'metadata';

export interface Payload {
  id: string;
  category: Category;
  /** 'block' goes between two prose paragraphs; 'inline' inside one, mid-sentence */
  place: 'block' | 'inline';
  html: string;
}

export interface HostilePage {
  path: string;
  title: string;
  html: string;
  ids: string[];
  /** strings that must show in the reader: the start and end of every prose paragraph */
  markers: string[];
  payloads: Payload[];
}

const MB = 1 << 20;

/** A 1x1 GIF: a real image, so onload would fire if the handler survived. */
const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';

export function payloads(ctx: HostileContext): Payload[][] {
  const S = ctx.sentinel;
  const hit = (id: string) => `${S}/hit/${id}`;
  const js = (id: string) => `window.__acPwned=1;top.__acPwned='${id}';document.title='PW'+'NED-${id}';new(Image)().src='${S}/hit/js-${id}'`;
  const svgDoc = (id: string) => `<svg xmlns='http://www.w3.org/2000/svg' onload='${js(id).replace(/'/g, '&quot;')}'/>`;
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  const p = (category: Category, place: Payload['place'], id: string, html: (id: string) => string): Payload => ({ id, category, place, html: html(id) });

  const scripts: Payload[] = [
    p('script', 'block', 'script-inline', (id) => `<script>${js(id)}</script>`),
    p('script', 'block', 'script-src', (id) => `<script src="${hit(id)}"></script>`),
    p('script', 'block', 'script-module', (id) => `<script type="module">${js(id)}</script>`),
    p('script', 'inline', 'script-in-paragraph', (id) => `<script>${js(id)}</script>`),
    p('event-handler', 'inline', 'img-onerror', (id) => `<img src="x" onerror="${js(id)}">`),
    p('event-handler', 'inline', 'img-onload', (id) => `<img src="${GIF}" onload="${js(id)}" alt="">`),
    p('event-handler', 'block', 'svg-onload', (id) => `<svg onload="${js(id)}" width="10" height="10"><rect width="10" height="10"/></svg>`),
    p('event-handler', 'block', 'body-onload', (id) => `<body onload="${js(id)}" onpageshow="${js(id)}">`),
    p('event-handler', 'inline', 'onclick', (id) => `<span onclick="${js(id)}">click this sentence</span>`),
    p('event-handler', 'inline', 'onmouseover', (id) => `<a href="https://example.org/harbour" onmouseover="${js(id)}" onmouseenter="${js(id)}">the harbour plan</a>`),
    p('event-handler', 'inline', 'onpointerenter', (id) => `<b onpointerenter="${js(id)}" onpointerover="${js(id)}" onauxclick="${js(id)}">bold words</b>`),
    p('event-handler', 'block', 'onfocus-autofocus', (id) => `<input autofocus onfocus="${js(id)}" value="focus me"><div tabindex="0" autofocus onfocus="${js(id)}" onfocusin="${js(id)}">A focusable note.</div>`),
    p('event-handler', 'block', 'onanimationstart', (id) => `<style>@keyframes acspin{from{opacity:.9}to{opacity:1}}</style><p style="animation:acspin 1s" onanimationstart="${js(id)}" onanimationend="${js(id)}">An animated aside about the tides.</p>`),
    p('event-handler', 'block', 'ontransitionend', (id) => `<p style="transition:opacity 1ms" ontransitionrun="${js(id)}" ontransitionend="${js(id)}">A transitioning aside about the ferry.</p>`),
    p('event-handler', 'block', 'details-ontoggle', (id) => `<details open ontoggle="${js(id)}"><summary>More about the wall</summary>The wall is four metres high.</details>`),
    p('event-handler', 'block', 'svg-animate-onbegin', (id) => `<svg width="10" height="10"><animate onbegin="${js(id)}" attributeName="x" dur="1s"></animate><set onbegin="${js(id)}" attributeName="y" to="1"></set></svg>`),
    p('event-handler', 'block', 'popover-onbeforetoggle', (id) => `<div popover id="acpop" onbeforetoggle="${js(id)}" ontoggle="${js(id)}">Popover text</div><button popovertarget="acpop">open</button>`),
    p('event-handler', 'block', 'onscroll', (id) => `<div style="height:20px;overflow:auto" onscroll="${js(id)}" onwheel="${js(id)}"><p>Scrolling box line one.</p><p>Scrolling box line two.</p></div>`),
    p('event-handler', 'block', 'media-onerror', (id) => `<video src="x" onerror="${js(id)}" onloadstart="${js(id)}"></video><audio src="x" onerror="${js(id)}" onloadstart="${js(id)}"></audio>`),
    p('event-handler', 'block', 'marquee-onstart', (id) => `<marquee onstart="${js(id)}">Ticker: harbour news</marquee>`),
    p('event-handler', 'block', 'contentvisibility', (id) => `<p style="content-visibility:auto" oncontentvisibilityautostatechange="${js(id)}">A paragraph that reports when it becomes visible.</p>`),
    p('event-handler', 'inline', 'custom-element-onclick', (id) => `<x-card onclick="${js(id)}" onmouseover="${js(id)}">a custom card</x-card>`),
  ];

  const urls: Payload[] = [
    p('url-scheme', 'inline', 'a-javascript', (id) => `<a href="javascript:${js(id)}">read more</a>`),
    p('url-scheme', 'inline', 'a-javascript-mixed-case', (id) => `<a href="JaVaScRiPt:${js(id)}">read more</a>`),
    p('url-scheme', 'inline', 'a-javascript-entities', (id) => `<a href="&#x6A;&#x61;vascript&colon;${js(id)}">read more</a>`),
    p('url-scheme', 'inline', 'a-javascript-tab-newline', (id) => `<a href="java&#x09;scr&#x0A;ipt:${js(id)}">read more</a>`),
    p('url-scheme', 'inline', 'a-javascript-leading-controls', (id) => `<a href="&#x01;&#x20;javascript:${js(id)}">read more</a>`),
    p('url-scheme', 'inline', 'a-vbscript', () => `<a href="vbscript:msgbox(1)">read more</a>`),
    p('url-scheme', 'inline', 'a-data-html', (id) => `<a href="data:text/html,<script>${js(id)}</script>">read more</a>`),
    p('url-scheme', 'inline', 'a-data-html-base64', (id) => `<a href="data:text/html;base64,${b64(`<script>${js(id)}</script>`)}">read more</a>`),
    p('url-scheme', 'inline', 'a-data-svg', (id) => `<a href="data:image/svg+xml,${encodeURIComponent(svgDoc(id))}">read more</a>`),
    p('url-scheme', 'inline', 'a-extension-urls', () => `<a href="chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html">one</a> <a href="moz-extension://0b3389d3-27c9-4b58-8a7c-1e0c1ea4e2e5/popup.html">two</a>`),
    p('url-scheme', 'inline', 'a-browser-urls', () => `<a href="chrome://settings">one</a> <a href="about:config">two</a> <a href="file:///etc/passwd">three</a> <a href="view-source:https://example.org/">four</a>`),
    p('url-scheme', 'inline', 'a-blob-filesystem', () => `<a href="blob:https://example.org/1234">one</a> <a href="filesystem:https://example.org/temporary/x">two</a>`),
    p('url-scheme', 'inline', 'img-src-javascript', (id) => `<img src="javascript:${js(id)}" alt="a">`),
    p('url-scheme', 'inline', 'img-src-data-html', (id) => `<img src="data:text/html;base64,${b64(`<script>${js(id)}</script>`)}" alt="b">`),
    p('url-scheme', 'inline', 'img-src-data-svg-script', (id) => `<img src="data:image/svg+xml;base64,${b64(svgDoc(id))}" alt="c">`),
    p('url-scheme', 'inline', 'img-src-extension', () => `<img src="chrome-extension://abcdefghijklmnopabcdefghijklmnop/icons/icon-16.png" alt="d"><img src="moz-extension://0b3389d3-27c9-4b58-8a7c-1e0c1ea4e2e5/icons/icon-16.png" alt="e">`),
    p('srcset', 'inline', 'srcset-javascript', (id) => `<img srcset="javascript:${js(id)} 1x" alt="f">`),
    p('srcset', 'inline', 'srcset-mixed', (id) => `<img srcset="${hit(id)} 2x, javascript:${js(id)} 1x" alt="g">`),
    p('srcset', 'inline', 'srcset-data-html', (id) => `<img srcset="${hit(id)} 1x, data:text/html,x 2x" alt="h">`),
    p('srcset', 'block', 'picture-source-bad', (id) => `<picture><source srcset="javascript:${js(id)}"><source srcset="data:text/html,x 1x, ${hit(id)} 2x"><img src="${ctx.origin}/img/picture.svg" alt="A picture of the quay"></picture>`),
    p('url-scheme', 'block', 'blockquote-cite', (id) => `<blockquote cite="javascript:${js(id)}"><p>We cannot wait another winter, the mayor said.</p></blockquote>`),
    p('url-scheme', 'inline', 'a-ping', (id) => `<a href="https://example.org/ping" ping="${hit(id)}">a tracked link</a>`),
  ];

  const svg: Payload[] = [
    p('svg-mathml', 'block', 'svg-a-xlink-href', (id) => `<svg width="60" height="20"><a xlink:href="javascript:${js(id)}"><text x="0" y="15">Open</text></a></svg>`),
    p('svg-mathml', 'block', 'svg-use-data', (id) => `<svg width="10" height="10"><use href="data:image/svg+xml;base64,${b64(`<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='${hit(id)}'/><script>${js(id)}</script></svg>`)}#x"/></svg>`),
    p('svg-mathml', 'block', 'svg-use-remote', (id) => `<svg width="10" height="10"><use href="${hit(id)}#x"/><use xlink:href="${hit(id)}-xlink#x"/></svg>`),
    p('svg-mathml', 'block', 'svg-animate-href', (id) => `<svg width="60" height="20"><a><animate attributeName="href" values="javascript:${js(id)}"/><text x="0" y="15">Click</text></a></svg>`),
    p('svg-mathml', 'block', 'svg-set-href', (id) => `<svg width="60" height="20"><a><set attributeName="href" to="javascript:${js(id)}"/><set attributeName="onmouseover" to="${js(id)}"/><text x="0" y="15">Hover</text></a></svg>`),
    p('svg-mathml', 'block', 'svg-image', (id) => `<svg width="10" height="10"><image href="${hit(id)}" width="10" height="10"/><image xlink:href="${hit(id)}-xlink" width="10" height="10"/></svg>`),
    p('svg-mathml', 'block', 'svg-foreignobject', (id) => `<svg width="60" height="20"><foreignObject width="60" height="20"><iframe srcdoc="&lt;script&gt;${js(id)}&lt;/script&gt;"></iframe><img src="x" onerror="${js(id)}"></foreignObject></svg>`),
    p('svg-mathml', 'block', 'svg-style-import', (id) => `<svg width="10" height="10"><style>@import url("${hit(id)}");rect{fill:url("${hit(id)}-fill")}</style><rect width="10" height="10"/></svg>`),
    p('svg-mathml', 'block', 'svg-feimage', (id) => `<svg width="10" height="10"><filter id="acf"><feImage href="${hit(id)}"/></filter><rect filter="url(#acf)" width="10" height="10"/></svg>`),
    p('svg-mathml', 'block', 'svg-script-href', (id) => `<svg><script href="${hit(id)}"></script><script xlink:href="${hit(id)}-xlink"></script></svg>`),
    p('svg-mathml', 'inline', 'math-href', (id) => `<math href="javascript:${js(id)}"><mi>x</mi><mo>+</mo><mn>1</mn></math>`),
    p('svg-mathml', 'inline', 'math-maction', (id) => `<math><maction actiontype="statusline" xlink:href="javascript:${js(id)}"><mtext>see</mtext><mtext>status</mtext></maction></math>`),
    p('svg-mathml', 'block', 'math-annotation-xml', (id) => `<math><semantics><mi>x</mi><annotation-xml encoding="text/html"><img src="x" onerror="${js(id)}"></annotation-xml></semantics></math>`),
  ];

  const mxss: Payload[] = [
    p('mutation-xss', 'block', 'mxss-svg-style', (id) => `<svg></p><style><a id="</style><img src=1 onerror=${js(id)}>"></style></svg>`),
    p('mutation-xss', 'block', 'mxss-math-mglyph', (id) => `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${js(id)}&gt;"></mglyph></table></mtext></math>`),
    p('mutation-xss', 'block', 'mxss-form-math', (id) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${js(id)}></style></mglyph></mtext></math></form>`),
    p('mutation-xss', 'block', 'mxss-noscript-title', (id) => `<noscript><p title="</noscript><img src=x onerror=${js(id)}>"></noscript>`),
    p('mutation-xss', 'block', 'mxss-noscript-img', (id) => `<img src="${ctx.origin}/img/lazy.svg" alt="lazy"><noscript><img src="x" onerror="${js(id)}" alt="fallback"></noscript>`),
    p('mutation-xss', 'block', 'mxss-template', (id) => `<template><img src=x onerror=${js(id)}><script>${js(id)}</script></template>`),
    p('mutation-xss', 'block', 'mxss-template-nested', (id) => `<template><template><svg onload=${js(id)}></svg></template></template>`),
    p('mutation-xss', 'block', 'mxss-svg-p-breakout', (id) => `<svg><p><style><img src=x onerror=${js(id)}></style></p></svg>`),
    p('mutation-xss', 'block', 'mxss-svg-cdata', (id) => `<svg><![CDATA[><img src=x onerror=${js(id)}>]]></svg>`),
    p('mutation-xss', 'block', 'mxss-comment', (id) => `<!--><img src=x onerror=${js(id)}>--><!-- --!><img src=x onerror=${js(id)}> -->`),
    p('mutation-xss', 'inline', 'mxss-attribute-markup', (id) => `<span title="&lt;/p&gt;&lt;img src=x onerror=${js(id)}&gt;" class="&quot;&gt;&lt;svg onload=${js(id)}&gt;">quoted words</span>`),
    p('mutation-xss', 'block', 'mxss-svg-title', (id) => `<svg><title><img src=x onerror=${js(id)}></title></svg>`),
    p('raw-text', 'block', 'raw-textarea', (id) => `<textarea><img src=x onerror=${js(id)}></textarea>`),
    p('raw-text', 'block', 'raw-title', (id) => `<title><img src=x onerror=${js(id)}></title>`),
    p('raw-text', 'block', 'raw-style', (id) => `<style><img src=x onerror=${js(id)}></style>`),
    p('raw-text', 'block', 'raw-xmp', (id) => `<xmp><img src=x onerror=${js(id)}></xmp>`),
    p('raw-text', 'block', 'raw-noembed-noframes', (id) => `<noembed><img src=x onerror=${js(id)}></noembed><noframes><img src=x onerror=${js(id)}></noframes>`),
    p('raw-text', 'block', 'raw-iframe-content', (id) => `<iframe><img src=x onerror=${js(id)}></iframe>`),
    // here, not on the page with <base>: "#ac-refreshed" must stay on this page, a fragment
    p('meta-base-link', 'block', 'meta-refresh', (id) => `<meta http-equiv="refresh" content="0;url=#ac-refreshed"><meta http-equiv="refresh" content="0;url=javascript:${js(id)}">`),
  ];

  const framesFormsCss: Payload[] = [
    p('meta-base-link', 'block', 'base-href', () => `<base href="${S}/base/">`),
    p('meta-base-link', 'block', 'base-javascript', (id) => `<base href="javascript:${js(id)}//" target="_top">`),
    p('frame-object', 'block', 'iframe-srcdoc', (id) => `<iframe srcdoc="&lt;script&gt;${js(id)}&lt;/script&gt;&lt;img src=x onerror=&quot;${js(id)}&quot;&gt;"></iframe>`),
    p('frame-object', 'block', 'iframe-src-javascript', (id) => `<iframe src="javascript:${js(id)}"></iframe>`),
    p('frame-object', 'block', 'iframe-src-data', (id) => `<iframe src="data:text/html,<script>${js(id)}</script>"></iframe>`),
    p('frame-object', 'block', 'iframe-src-remote', (id) => `<iframe src="${hit(id)}" loading="eager"></iframe><frame src="${hit(id)}-frame">`),
    p('frame-object', 'block', 'object-embed', (id) => `<object data="${hit(id)}" type="text/html"></object><embed src="${hit(id)}-embed" type="image/svg+xml"><object data="javascript:${js(id)}"></object>`),
    p('meta-base-link', 'block', 'meta-csp-cookie', () => `<meta http-equiv="Content-Security-Policy" content="script-src * 'unsafe-inline'"><meta http-equiv="set-cookie" content="ac=1">`),
    p('meta-base-link', 'block', 'link-loads', (id) => `<link rel="stylesheet" href="${hit(id)}-css"><link rel="prefetch" href="${hit(id)}-prefetch"><link rel="preload" as="image" href="${hit(id)}-preload"><link rel="modulepreload" href="${hit(id)}-module">`),
    p('form', 'block', 'form-action', (id) => `<form action="${hit(id)}" method="post"><input name="q" value="harbour"><button>Send</button></form>`),
    p('form', 'block', 'form-javascript', (id) => `<form action="javascript:${js(id)}"><input type="submit" value="Go"></form>`),
    p('form', 'block', 'button-formaction', (id) => `<form><button formaction="javascript:${js(id)}">Go</button><input type="image" src="${hit(id)}-input-image" alt="go"></form>`),
    p('css-url', 'inline', 'style-attribute', (id) => `<span style="background-image:url('${hit(id)}');list-style-image:url('${hit(id)}-list')">styled words</span>`),
    p('css-url', 'block', 'style-import', (id) => `<style>@import url("${hit(id)}");</style>`),
    p('css-url', 'block', 'style-rules', (id) => `<style>.ac-bg{background:url("${hit(id)}")}@font-face{font-family:acf;src:url("${hit(id)}-font")}.ac-bg{font-family:acf}</style><p class="ac-bg">A paragraph the page styled with a background.</p>`),
    p('css-url', 'block', 'table-background', (id) => `<table background="${hit(id)}"><tr><td background="${hit(id)}-td">Cell one</td><td>Cell two</td></tr></table>`),
    p('media', 'block', 'video-audio', (id) => `<video poster="${hit(id)}-poster" src="${hit(id)}-video"><source src="${hit(id)}-source"><track src="${hit(id)}-track"></video><audio src="${hit(id)}-audio" autoplay></audio>`),
    p('media', 'inline', 'img-legacy-attrs', (id) => `<img src="x" longdesc="${hit(id)}-longdesc" lowsrc="${hit(id)}-lowsrc" dynsrc="${hit(id)}-dynsrc" alt="legacy">`),
  ];

  const big = 'A'.repeat(MB);
  const clobber: Payload[] = [
    p('dom-clobbering', 'block', 'clobber-article', () => `<img id="article" name="article" src="${ctx.origin}/img/clobber.svg" alt="clobber">`),
    p('dom-clobbering', 'block', 'clobber-removed-message', () => `<form id="removed" name="removed"><input name="hidden" value="1"></form><a id="message" name="message" href="https://example.org/m">message</a>`),
    p('dom-clobbering', 'block', 'clobber-header-ids', () => `<img name="title" id="title" alt="t"><div id="byline">Clobbered byline</div><p id="site">Clobbered site</p><object id="reader"></object><embed name="site">`),
    p('dom-clobbering', 'block', 'clobber-document-methods', () => `<img name="getElementById"><img name="querySelector"><form name="createElement"></form><img name="cloneNode"><img name="getElementsByTagName"><img name="documentElement"><img name="body"><img name="URL"><img name="baseURI"><img name="documentURI"><img name="implementation"><img name="defaultView"><img name="createTreeWalker">`),
    p('dom-clobbering', 'block', 'clobber-form-properties', () => `<form id="acform"><input name="getAttribute"><input name="tagName"><input name="attributes"><input name="parentNode"><input name="childNodes"><input name="nodeType"><input name="nodeName"><input name="textContent"><input name="innerHTML"><input name="localName"><input name="querySelector"><input name="id"><input name="className"></form>`),
    p('dom-clobbering', 'block', 'clobber-window-globals', () => `<a id="chrome"></a><a id="browser"></a><a id="globalThis"></a><a id="DOMPurify"></a><a id="__articleCleaner"></a><img name="location">`),
    p('huge-value', 'inline', 'huge-alt', () => `<img src="${ctx.origin}/img/huge-alt.svg" alt="${big}">`),
    p('huge-value', 'inline', 'huge-title', () => `<span title="${big}">a word with a long title</span>`),
    p('huge-value', 'inline', 'huge-href', () => `<a href="https://example.org/?q=${big}">a very long link</a>`),
    p('huge-value', 'block', 'huge-class-id', () => `<div class="${'w '.repeat(MB / 2)}" id="${big}"><p>A paragraph in a box with a megabyte of classes.</p></div>`),
    p('huge-value', 'inline', 'huge-data-image', () => `<img src="data:image/png;base64,${'A'.repeat(MB)}" alt="huge data">`),
  ];
  return [scripts, urls, svg, mxss, framesFormsCss, clobber];
}

/** Page-level payloads (title, meta, JSON-LD, html attributes) for the last page. */
function metadataPayloads(ctx: HostileContext): { id: string; category: Category; head: string; htmlAttrs: string; title: string } {
  const js = `window.__acPwned=1;top.__acPwned='metadata';document.title='PW'+'NED-metadata'`;
  return {
    id: 'metadata',
    category: 'metadata',
    title: `Harbour &lt;img src=x onerror=${js}&gt; wall &lt;/title&gt;&lt;script&gt;${js}&lt;/script&gt;`,
    htmlAttrs: `lang="&quot;&gt;&lt;img src=x onerror=${js}&gt;" dir="rtl&quot; onload=&quot;${js}"`,
    head: `<meta name="author" content="<img src=x onerror=${js}>">
<meta property="og:site_name" content="<svg onload=${js}>">
<meta property="og:title" content="Harbour <script>${js}</script> wall">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour <img src=x onerror=${js}> wall","author":{"@type":"Person","name":"<svg onload=${js}>"},"publisher":{"@type":"Organization","name":"<iframe src=${ctx.sentinel}/hit/ldjson>"}}</script>`,
  };
}

const PAGE_NAMES = ['scripts-and-handlers', 'url-schemes-and-srcset', 'svg-and-mathml', 'mutation-xss-and-raw-text', 'frames-forms-meta-css', 'clobbering-huge-metadata'];

/** The six hostile article pages. */
export function hostilePages(ctx: HostileContext): HostilePage[] {
  return payloads(ctx).map((list, pageIndex) => {
    const n = pageIndex + 1;
    const name = PAGE_NAMES[pageIndex]!;
    const markers: string[] = [];
    let para = 0;
    const paragraph = (inner?: string) => {
      para++;
      const marker = `Harbour note ${n}${String(para).padStart(2, '0')}`;
      const end = `End of note ${n}${String(para).padStart(2, '0')}.`;
      markers.push(marker, end);
      const text = ctx.markedProse(marker, n * 100 + para);
      if (!inner) return `<p>${text} ${end}</p>`;
      const cut = text.indexOf(', ') + 1;
      return `<p>${text.slice(0, cut)} ${inner} ${text.slice(cut)} ${end}</p>`;
    };
    const parts: string[] = [paragraph()];
    for (const payload of list) {
      if (payload.place === 'inline') parts.push(paragraph(payload.html));
      else parts.push(`<div class="story-embed">${payload.html}</div>`, paragraph());
    }
    const meta = pageIndex === 5 ? metadataPayloads(ctx) : null;
    const title = meta ? meta.title : `Harbour wall report, part ${n}`;
    const head = meta ? meta.head : '';
    const htmlAttrs = meta ? meta.htmlAttrs : 'lang="en"';
    const html = `<!doctype html>
<html ${htmlAttrs}><head><meta charset="utf-8"><title>${title}</title>${head}</head>
<body>
<header class="site-header"><a href="${ctx.origin}/">The Harbour Times</a><nav><a href="${ctx.origin}/news">News</a> <a href="${ctx.origin}/sport">Sport</a></nav></header>
<main><article class="story">
<h1>The harbour wall, part ${n}: ${name.replace(/-/g, ' ')}</h1>
<p class="byline">By Staff Reporter</p>
<figure><img src="${ctx.origin}/img/lead-${n}.svg" alt="The harbour at dusk" width="320" height="180"><figcaption>The harbour at dusk, where the new wall will stand.</figcaption></figure>
${parts.join('\n')}
</article></main>
<footer class="site-footer"><a href="${ctx.origin}/about">About us</a> <a href="${ctx.origin}/privacy">Privacy</a></footer>
</body></html>`;
    const ids = list.map((x) => x.id);
    if (meta) ids.push(meta.id);
    const payloadsOut = meta ? [...list, { id: meta.id, category: meta.category, place: 'block' as const, html: meta.head }] : list;
    return { path: `/hostile/${n}-${name}`, title, html, ids, markers, payloads: payloadsOut };
  });
}

/** Payload count by category, for the reports. */
export function countByCategory(pages: HostilePage[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const pg of pages) for (const pl of pg.payloads) out[pl.category] = (out[pl.category] ?? 0) + 1;
  return out;
}
