// npm run bench: is the reader view instant, and what does the classifier cost on top of
// Readability? Measured, never asserted in a test (timings depend on the machine's load).
//
//   npm run bench -- [--pages N] [--wcxb N] [--no-browser] [--analyze] [--linkedom MODULE] [--out FILE]
//
// Prints a table, each number next to its target, and writes reports/bench.json:
//   - Node: Readability alone and the whole pipeline on the same parsed pages of
//     ../shared/corpus (readability-pages, and an evenly spread wcxb-dev sample), with the
//     parse (jsdom) timed apart; linkedom as an extra row when it can be imported;
//   - the classifier alone, per page and per paragraph;
//   - real Chromium through the toolbar click: click to the article's first paint, the
//     content script's own time, the popup's JS heap on the largest page; and the same
//     click on an empty popup (the browser's floor, src/bench/floor-extension.ts);
//   - the size of every bundle against bundle-budget.json, and of the store zip.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evenSample } from '../eval/args.ts';
import { errorMessage } from '../shared/error-message.ts';
import { corpusRoot, listReadabilityPages, listWcxbPages, projectRoot, readWcxbGold } from '../eval/corpus.ts';
import { parseBenchArgs } from './args.ts';
import { benchBrowser, type BrowserBench } from './browser.ts';
import { budgetProblems, readBudget } from './budget.ts';
import { loadLinkedom, timePages, type BenchPage, type PageTiming } from './node-timing.ts';
import { analyzeBundles, bundleSizes, zipSize, type BundleSize, type ZipSize } from './sizes.ts';
import { passes, summarize, type Summary, type Target } from './stats.ts';

/** The issue's targets (issue 7, "Instant reader view"). */
export const TARGETS = {
  pipelineRatio: 1.1,
  classifierP95Us: 1000,
  clickToPaintP95Ms: 150,
  contentScriptBytes: 60_000,
} as const;

const num = (x: number, digits = 1) => (Number.isFinite(x) ? x.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '–');
const bytes = (x: number) => x.toLocaleString('en');
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

const lines: string[] = [];
const targets: Target[] = [];
function say(line = ''): void {
  lines.push(line);
  console.log(line);
}
function verdict(t: Target): string {
  targets.push(t);
  return `${t.inclusive ? '≤' : '<'} ${num(t.limit, t.unit === 'x' ? 2 : 0)}${t.unit === 'x' ? 'x' : ` ${t.unit}`}  ${passes(t) ? 'pass' : 'FAIL'}`;
}
function row(label: string, s: Summary, unit: string, digits = 1, target = ''): void {
  say(`  ${pad(label, 34)}${lpad(num(s.median, digits), 10)} ${unit}${lpad(num(s.p95, digits), 10)} ${unit}   ${target}`);
}

function loadAverage(): string {
  const [a, b, c] = os.loadavg().map((x) => x.toFixed(2));
  return `load average ${a} ${b} ${c} on ${os.availableParallelism?.() ?? os.cpus().length} cores`;
}

function benchPages(pagesLimit: number | null, wcxbSample: number): BenchPage[] {
  const root = corpusRoot();
  const rdb = evenSample(listReadabilityPages(root), pagesLimit).map((p): BenchPage => ({ set: 'readability', id: p.slug, file: p.sourcePath, url: p.url }));
  const wcxb = evenSample(listWcxbPages(root), Math.min(wcxbSample, pagesLimit ?? Infinity)).map(
    (p): BenchPage => ({ set: 'wcxb', id: p.id, file: p.htmlPath, url: readWcxbGold(p).url || 'http://fakehost/' }),
  );
  return [...rdb, ...wcxb];
}

function reportNode(timings: PageTiming[]): Record<string, unknown> {
  const s = (f: (t: PageTiming) => number, of = timings) => summarize(of.map(f));
  const sets = [['readability-pages', timings.filter((t) => t.set === 'readability')], ['wcxb-dev', timings.filter((t) => t.set === 'wcxb')]] as const;
  say(`Node ${process.version}, jsdom: ${timings.length} pages (${sets.map(([n, t]) => `${t.length} ${n}`).join(', ')}), each parsed once    median        p95`);
  const parse = s((t) => t.parseMs);
  const readability = s((t) => t.readabilityMs);
  const pipeline = s((t) => t.pipelineMs);
  row('parse (jsdom; not counted below)', parse, 'ms');
  row('Readability alone', readability, 'ms');
  row('Article Cleaner pipeline', pipeline, 'ms');
  const ratio = pipeline.median / readability.median;
  say(`  ${pad('pipeline / Readability (medians)', 34)}${lpad(num(ratio, 2), 10)} x${' '.repeat(14)}${verdict({ name: 'pipeline / Readability alone (median ratio)', value: ratio, unit: 'x', limit: TARGETS.pipelineRatio, inclusive: true })}`);
  const perPage = s((t) => t.pipelineMs / t.readabilityMs);
  row('pipeline / Readability (per page)', perPage, 'x', 2);
  for (const [name, of] of sets) {
    if (of.length === 0) continue;
    const r = s((t) => t.readabilityMs, of).median;
    const p = s((t) => t.pipelineMs, of).median;
    say(`    ${pad(name, 32)}Readability ${num(r)} ms, pipeline ${num(p)} ms, ratio ${num(p / r, 2)}x`);
  }
  const parseTotal = timings.reduce((a, t) => a + t.parseMs, 0);
  const allTotal = timings.reduce((a, t) => a + t.parseMs + t.pipelineMs, 0);
  const parseShare = parseTotal / allTotal;
  say(`  jsdom's share of parse + pipeline: ${num(parseShare * 100, 0)}% of ${num(allTotal / 1000, 1)} s`);
  const outcomes = new Map<string, number>();
  for (const t of timings) outcomes.set(t.outcome, (outcomes.get(t.outcome) ?? 0) + 1);
  say(`  pipeline results: ${[...outcomes].map(([k, v]) => `${v} ${k}`).join(', ')}`);
  const linkedom = reportLinkedom(timings, parse, pipeline);
  return { pages: timings.length, parse, readability, pipeline, ratio, perPageRatio: perPage, parseShare, outcomes: Object.fromEntries(outcomes), linkedom };
}

function reportLinkedom(timings: PageTiming[], jsdomParse: Summary, jsdomPipeline: Summary): Record<string, unknown> | null {
  const measured = timings.filter((t) => t.linkedom);
  if (measured.length === 0) return null;
  const parse = summarize(measured.map((t) => t.linkedom!.parseMs));
  const pipeline = summarize(measured.map((t) => t.linkedom!.pipelineMs).filter(Number.isFinite));
  const same = measured.filter((t) => t.linkedom!.sameResult).length;
  row('parse (linkedom)', parse, 'ms', 1, `jsdom ${num(jsdomParse.median)} ms`);
  row('pipeline on linkedom', pipeline, 'ms', 1, `jsdom ${num(jsdomPipeline.median)} ms`);
  say(`  linkedom gives the same paragraphs, labels, reasons and scores on ${same} of ${measured.length} pages`);
  const differing = measured.filter((t) => !t.linkedom!.sameResult).slice(0, 3);
  for (const t of differing) say(`    ${t.set} ${t.id}: ${t.linkedom!.difference}`);
  return { pages: measured.length, parse, pipeline, sameResult: same, differing: measured.filter((t) => !t.linkedom!.sameResult).map((t) => ({ set: t.set, id: t.id, difference: t.linkedom!.difference })) };
}

function reportClassifier(timings: PageTiming[]): Record<string, unknown> {
  const pages = timings.filter((t) => t.classifierUs !== null);
  const perPage = summarize(pages.map((t) => t.classifierUs!));
  const perParagraph = summarize(pages.map((t) => t.classifierUs! / t.paragraphs));
  const paragraphs = pages.reduce((a, t) => a + t.paragraphs, 0);
  say(`Classifier alone (classifyParagraphs): ${pages.length} pages, ${bytes(paragraphs)} paragraphs`);
  row('per page', perPage, 'µs', 0, verdict({ name: 'classifier per page (p95)', value: perPage.p95, unit: 'µs', limit: TARGETS.classifierP95Us, inclusive: false }) + ' (p95)');
  row('per paragraph', perParagraph, 'µs', 1);
  return { pages: pages.length, paragraphs, perPageUs: perPage, perParagraphUs: perParagraph };
}

function reportBrowser(b: BrowserBench): Record<string, unknown> {
  const shown = b.clicks.filter((c) => c.clickToPaintMs !== null);
  say(`Chromium ${b.version}, the real toolbar click: ${b.clicks.length} readability pages (${shown.length} showed an article)`);
  const paint = summarize(shown.map((c) => c.clickToPaintMs!));
  row('click → first paint of the article', paint, 'ms', 0, verdict({ name: 'click → first paint (p95)', value: paint.p95, unit: 'ms', limit: TARGETS.clickToPaintP95Ms, inclusive: false }) + ' (p95)');
  row('  click → popup navigation start', summarize(shown.map((c) => c.clickToPopupMs)), 'ms', 0);
  row('  click → popup DOMContentLoaded', summarize(shown.map((c) => c.clickToDomReadyMs ?? NaN).filter(Number.isFinite)), 'ms', 0);
  row('  click → article in the popup DOM', summarize(shown.map((c) => c.clickToShownMs!)), 'ms', 0);
  const floor = reportFloor(b);
  row('content script: whole run', summarize(shown.map((c) => c.scriptMs ?? NaN).filter(Number.isFinite)), 'ms', 1);
  row('content script: extraction', summarize(shown.map((c) => c.contentMs!)), 'ms', 1);
  say(`  content script started by popup.html's first script, before popup.js loaded: ${shown.filter((c) => c.earlyRead).length} of ${shown.length} clicks`);
  const failed = b.clicks.filter((c) => c.clickToPaintMs === null);
  if (failed.length) say(`  no article shown on: ${failed.map((c) => `${c.slug} (${c.state})`).join(', ')}`);
  if (b.popupHeap) {
    const h = b.popupHeap;
    say(`  popup JS heap on the largest page (${h.slug}, ${bytes(h.pageBytes)} bytes): ${num(h.usedBytes / 1048576)} MB used of ${num(h.totalBytes / 1048576)} MB, after GC`);
  }
  return { version: b.version, clickToPaintMs: paint, floor, popupHeap: b.popupHeap, clicks: b.clicks, floorClicks: b.floorClicks };
}

/** The empty popup's click → paint, and ours above it on the same page (src/bench/floor-extension.ts). */
function reportFloor(b: BrowserBench): Record<string, unknown> {
  const floorPaint = (slug: string) => b.floorClicks.find((f) => f.slug === slug)?.clickToPaintMs ?? null;
  const painted = b.floorClicks.filter((f) => f.clickToPaintMs !== null);
  const floor = summarize(painted.map((f) => f.clickToPaintMs!));
  const floorPopup = summarize(painted.map((f) => f.clickToPopupMs));
  const above = summarize(b.clicks.flatMap((c) => {
    const f = floorPaint(c.slug);
    return c.clickToPaintMs !== null && f !== null ? [c.clickToPaintMs - f] : [];
  }));
  row('  an empty popup (browser floor)', floor, 'ms', 0, `${painted.length} clicks`);
  row('  ours above the floor, same page', above, 'ms', 0);
  if (floor.p95 >= TARGETS.clickToPaintP95Ms) {
    say(`  the browser alone takes ${num(floor.p95, 0)} ms at p95 to open and paint an empty popup (${num(floorPopup.median, 0)} ms median to start its navigation): no popup meets the ${TARGETS.clickToPaintP95Ms} ms target on this machine`);
  }
  return { clickToPaintMs: floor, clickToPopupMs: floorPopup, oursAboveFloorMs: above, clicks: painted.length };
}

function reportSizes(sizes: BundleSize[], zip: ZipSize | null, problems: string[]): void {
  say('Sizes (dist/extension)                         minified       gzip     budget');
  for (const s of sizes) {
    const budget = s.budget === null ? 'none' : `${bytes(s.budget)} ${s.bytes <= s.budget ? 'pass' : 'FAIL'}`;
    const target = s.file === 'content.js'
      ? `   target ${verdict({ name: 'content.js minified', value: s.bytes, unit: 'bytes', limit: TARGETS.contentScriptBytes, inclusive: false })}`
      : '';
    say(`  ${pad(s.file, 40)}${lpad(bytes(s.bytes), 11)}${lpad(bytes(s.gzipBytes), 11)}   ${budget}${target}`);
    for (const t of s.top ?? []) say(`      ${pad(t.input, 60)}${lpad(bytes(t.bytes), 9)}`);
  }
  if (zip) say(`  ${pad(`${zip.file} (store zip, ${zip.entries} files)`, 40)}${lpad(bytes(zip.bytes), 11)}`);
  for (const p of problems) say(`  over budget: ${p}`);
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const root = projectRoot();
  const extensionDir = path.join(root, 'dist', 'extension');
  const started = new Date();
  say(`npm run bench · ${started.toISOString()} · ${loadAverage()} · ${os.cpus()[0]?.model ?? ''}`);
  if (!(globalThis as { gc?: unknown }).gc) say('  (no --expose-gc: garbage collection may land in either side)');
  say();

  const pages = benchPages(args.pages, args.wcxb);
  const linkedom = await loadLinkedom(args.linkedom);
  const tty = process.stderr.isTTY;
  /** progress on stderr: a counter on a terminal, a line every 50 pages otherwise */
  const progress = (what: string, total: number) => (done: number) => {
    if (tty) process.stderr.write(`\r  ${what}: ${done}/${total} pages`);
    else if (done % 50 === 0 || done === total) process.stderr.write(`  ${what}: ${done}/${total} pages\n`);
  };
  const timings = await timePages(pages, linkedom, progress('node', pages.length));
  if (tty) process.stderr.write('\n');
  const node = reportNode(timings);
  if (!linkedom) say(`  (linkedom row skipped: ${args.linkedom} cannot be imported; it is not a dependency)`);
  say();
  const classifier = reportClassifier(timings);
  say();

  let browser: Record<string, unknown> | null = null;
  if (args.browser) {
    const slugs = evenSample(listReadabilityPages(corpusRoot()), args.pages).map((p) => p.slug);
    const b = await benchBrowser({
      chromiumPath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      extensionDir,
      pagesDir: path.join(corpusRoot(), 'readability-pages'),
      slugs,
      progress: progress('chromium', slugs.length),
    });
    if (tty) process.stderr.write('\n');
    browser = reportBrowser(b);
    say();
  }

  const sizes = bundleSizes(root, extensionDir);
  if (args.analyze) {
    const top = await analyzeBundles(root);
    for (const s of sizes) s.top = top.get(s.file);
  }
  const zip = await zipSize(root, extensionDir);
  const problems = budgetProblems(sizes, readBudget(root));
  reportSizes(sizes, zip, problems);
  say();
  say(`load average at the end: ${loadAverage()}`);

  const report = {
    date: started.toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? null, loadAverageAtEnd: os.loadavg(), node: process.version },
    args,
    targets: targets.map((t) => ({ ...t, pass: passes(t) })),
    node,
    classifier,
    browser,
    sizes: { bundles: sizes, zip, overBudget: problems },
    pages: timings,
    table: lines,
  };
  fs.mkdirSync(path.dirname(args.out), { recursive: true });
  fs.writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), args.out) || args.out}`);
}

main().catch((error: unknown) => {
  console.error(errorMessage(error));
  process.exit(2);
});
