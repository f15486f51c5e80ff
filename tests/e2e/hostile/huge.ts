// Generated huge pages (never stored: built on request). Each carries a heartbeat: a
// 10 ms interval in the page that records the longest gap between its ticks, i.e. how
// long the tab's main thread was frozen (window.__acFreeze.max, reset with .reset()).
import { prose } from './prose.ts';

const HEARTBEAT = `<script>
(() => {
  const f = window.__acFreeze = { max: 0, last: performance.now(), reset() { f.max = 0; f.last = performance.now(); } };
  setInterval(() => { const t = performance.now(); f.max = Math.max(f.max, t - f.last); f.last = t; }, 10);
})();
</script>`;

function shell(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${HEARTBEAT}</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>${title}</h1>
${body}
</article></main><footer><p>Site footer</p></footer></body></html>`;
}

/** An article of n paragraphs of prose (~300 bytes each: 50,000 paragraphs ≈ 16 MB). */
export function manyParagraphsPage(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(`<p>${prose(i)}</p>`);
  return shell(`A very long report in ${n.toLocaleString('en')} paragraphs`, parts.join('\n'));
}

/** About `mb` MB of markup: short prose paragraphs inside deep layout wrappers (many elements). */
export function heavyMarkupPage(mb: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < mb * 1024 * 1024; i++) {
    const chunk = `<div class="row"><div class="col"><div class="card"><span class="kicker">Item ${i}</span><p>${prose(i).slice(0, 120)} <a href="/item/${i}">more</a></p></div></div></div>\n`;
    parts.push(chunk);
    size += chunk.length;
  }
  return shell(`A ${mb} MB page of layout markup`, parts.join(''));
}

/** About `mb` MB of text in few elements: 2,000 paragraphs of ~10 KB each for 20 MB. */
export function heavyTextPage(mb: number, paragraphs = 2_000): string {
  const perParagraph = Math.ceil((mb * 1024 * 1024) / paragraphs);
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    let p = '';
    for (let k = 0; p.length < perParagraph; k++) p += `${prose(i + k)} `;
    parts.push(`<p>${p.slice(0, perParagraph)}</p>`);
  }
  return shell(`A ${mb} MB page of text`, parts.join('\n'));
}
