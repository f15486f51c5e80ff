// npm run eval: Readability alone vs Article Cleaner over the corpus
// (../shared/corpus, see its README), side by side from the same parse of each page.
//
//   npm run eval -- [--sample N] [--only article|wcxb|readability] [--out FILE] [--workers N] [--timeout SECONDS]
//
// Prints a table and writes a JSON report (default reports/eval.json) with
// per-page details for inspecting regressions.
import fs from 'node:fs';
import path from 'node:path';
import { classifyParagraphs } from '../classifier/index.ts';
import { MODEL } from '../classifier/weights.ts';
import type { Label } from '../shared/types.ts';
import {
  CorpusMissingError, corpusRoot, listReadabilityPages, listWcxbPages, projectRoot, readWcxbGold,
  type ReadabilityPage, type WcxbPage,
} from './corpus.ts';
import { htmlToText } from './html-text.ts';
import {
  scoreReadabilityPage, scoreWcxbPage, summarizeReadability, summarizeWcxb,
  type PageRun, type ReadabilityPageReport, type ReadabilitySummary, type Ratio, type ScoredWcxbPage,
  type WcxbGroupSummary, type WcxbPageInput,
} from './report.ts';
import { runExtract, type PageTask } from './run-pages.ts';
import { seedCheck, type SeedCheck } from './seed-check.ts';
import { evenSample, parseArgs } from './args.ts';

export interface EvalReport {
  corpus: string;
  args: { sample: number | null; only: string | null; timeoutMs: number | null };
  /** the model the classifier ran with (src/classifier/weights.ts) */
  model: { features: number; trees: number; depth: number; threshold: number };
  wcxb: { groups: WcxbGroupSummary[]; pages: ScoredWcxbPage['report'][] } | null;
  readabilityPages: { summary: ReadabilitySummary; pages: ReadabilityPageReport[] } | null;
  seed: SeedCheck | null;
  totalSeconds: number;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const root = corpusRoot();
  let wcxb: WcxbPage[] = [];
  let rdb: ReadabilityPage[] = [];
  if (args.only !== 'readability') {
    wcxb = listWcxbPages(root);
    if (args.only === 'article') wcxb = wcxb.filter((p) => p.pageType === 'article');
    wcxb = evenSample(wcxb, args.sample);
  }
  if (args.only === null || args.only === 'readability') rdb = evenSample(listReadabilityPages(root), args.sample);

  const inputs: WcxbPageInput[] = wcxb.map((p) => {
    const gold = readWcxbGold(p);
    return { id: p.id, domain: p.domain, pageType: p.pageType, pageTypeSource: p.source, url: gold.url, gold };
  });
  const tasks: PageTask[] = [
    ...wcxb.map((p, i) => ({ file: p.htmlPath, url: inputs[i]!.url || undefined })),
    ...rdb.map((p) => ({ file: p.sourcePath, url: p.url })),
  ];
  const t0 = Date.now();
  const scored: (ScoredWcxbPage | undefined)[] = new Array(wcxb.length);
  const rdbReports: (ReadabilityPageReport | undefined)[] = new Array(rdb.length);
  const total = tasks.length;
  let done = 0;
  process.stderr.write(`eval: ${wcxb.length} wcxb-dev + ${rdb.length} readability-pages from ${root}\n`);
  const poolOptions = { ...(args.workers ? { workers: args.workers } : {}), ...(args.timeoutMs ? { timeoutMs: args.timeoutMs } : {}) };
  for await (const [index, run] of runExtract(tasks, poolOptions)) {
    if (index < wcxb.length) {
      scored[index] = scoreWcxbPage(inputs[index]!, run);
    } else {
      const page = rdb[index - wcxb.length]!;
      rdbReports[index - wcxb.length] = scoreReadabilityPage(page.slug, expectedText(page), run);
    }
    done++;
    if (process.stderr.isTTY && (done % 25 === 0 || done === total)) process.stderr.write(`\r  ${done}/${total} pages`);
    else if (!process.stderr.isTTY && (done % 100 === 0 || done === total)) process.stderr.write(`  ${done}/${total} pages\n`);
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  const missing = scored.filter((s) => s === undefined).length + rdbReports.filter((s) => s === undefined).length;
  if (missing > 0) throw new Error(`the pool answered ${total - missing} of ${total} pages`);

  const all = scored as ScoredWcxbPage[];
  const groups: WcxbGroupSummary[] = [];
  if (wcxb.length > 0) {
    if (args.only !== 'article') groups.push(summarizeWcxb('wcxb-dev, all pages', all));
    groups.push(summarizeWcxb('wcxb-dev, article pages', all.filter((s) => s.report.pageType === 'article')));
    if (args.only !== 'article') groups.push(summarizeWcxb('wcxb-dev, non-article pages', all.filter((s) => s.report.pageType !== 'article')));
  }
  const rdbPages = rdbReports as ReadabilityPageReport[];
  const report: EvalReport = {
    corpus: root,
    args: { sample: args.sample, only: args.only, timeoutMs: args.timeoutMs },
    model: { features: MODEL.features.length, trees: MODEL.trees.length, depth: MODEL.depth, threshold: MODEL.threshold },
    wcxb: wcxb.length > 0 ? { groups, pages: all.map((s) => s.report) } : null,
    readabilityPages: rdb.length > 0 ? { summary: summarizeReadability(rdbPages), pages: rdbPages } : null,
    seed: seedCheckOrNull(),
    totalSeconds: Math.round((Date.now() - t0) / 100) / 10,
  };
  process.stdout.write(formatReport(report));
  fs.mkdirSync(path.dirname(args.out), { recursive: true });
  fs.writeFileSync(args.out, `${JSON.stringify(report, null, 1)}\n`);
  process.stdout.write(`\nJSON report: ${path.relative(process.cwd(), args.out) || args.out}\n`);
}

function expectedText(page: ReadabilityPage): string {
  return htmlToText(fs.readFileSync(page.expectedPath, 'utf8'));
}

const SEED_FILE = 'seeds/000_0b3389d327c9b584.txt';
const SEED_EXPECTED: Label[] = [...new Array<Label>(12).fill('content'), 'promo', 'boilerplate'];

function seedCheckOrNull(): SeedCheck | null {
  const file = path.join(projectRoot(), SEED_FILE);
  if (!fs.existsSync(file)) return null;
  return seedCheck(fs.readFileSync(file, 'utf8'), SEED_EXPECTED, (paras) => classifyParagraphs(paras));
}

// ---------------------------------------------------------------- the table

const f3 = (x: number | null): string => (x === null || !Number.isFinite(x) ? '–' : x.toFixed(3));
const pct = (r: Ratio): string => (r.pct === null ? `${r.n}/${r.of}` : `${r.n}/${r.of} (${r.pct.toFixed(1)}%)`);
const msStr = (x: number | null): string => (x === null ? '–' : `${Math.round(x)} ms`);

function table(rows: string[][], head: string[]): string {
  const all = [head, ...rows];
  const w = head.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r: readonly string[]) => `  ${r.map((cell, c) => (c === 0 ? cell.padEnd(w[c]!) : cell.padStart(w[c]!))).join('  ')}`;
  return [line(head), `  ${'-'.repeat(w.reduce((a, b) => a + b, 0) + 2 * (w.length - 1))}`, ...rows.map(line)].join('\n');
}

const HEAD = ['', 'Readability alone', 'Readability blocks', 'Article Cleaner'];

export function formatReport(r: EvalReport): string {
  const out: string[] = [];
  out.push('Readability alone = its textContent; Readability blocks = every block of the article the cleaner');
  out.push('starts from (Readability\'s pick, or on thin pages its second look) joined by blank lines (the cleaner');
  out.push('removing nothing); Article Cleaner = the blocks labelled content.');
  for (const g of r.wcxb?.groups ?? []) {
    const sides = [g.readability, g.blocks, g.cleaner];
    const untyped = g.pages - g.pagesTypedByMetadata;
    out.push(`\n${g.name}: ${g.pages} pages${untyped ? ` (${untyped} not in metadata.json, typed by their ground truth)` : ''}`);
    out.push(
      table(
        [
          ['shingle precision', ...sides.map((x) => f3(x.shingle.precision))],
          ['shingle recall', ...sides.map((x) => f3(x.shingle.recall))],
          ['shingle F1', ...sides.map((x) => f3(x.shingle.f1))],
          ['`with` snippets kept', ...sides.map((x) => pct(x.withKept))],
          ['`without` snippets removed', ...sides.map((x) => pct(x.withoutRemoved))],
          ['failed pages', ...sides.map((x) => String(x.failedPages))],
        ],
        HEAD,
      ),
    );
    out.push(`  of the \`without\` snippets in Readability's blocks, removed by Article Cleaner: ${pct(g.withoutRemovedOfReadabilityKept)}`);
    out.push(`  the classifier's ceiling (Readability's blocks less every block aligned as not content, align.ts): precision ${f3(g.ceiling.precision)}, recall ${f3(g.ceiling.recall)}, F1 ${f3(g.ceiling.f1)}`);
    out.push(`  of the \`with\` snippets in Readability's blocks, lost by Article Cleaner:      ${pct(g.withLostOfReadabilityKept)} on ${g.pagesLosingWith} pages`);
    out.push(`  per page (parse+extract+classify in a worker): median ${msStr(g.timing.medianMs)}, p95 ${msStr(g.timing.p95Ms)}; extract+classify alone: median ${msStr(g.timing.medianExtractMs)}, p95 ${msStr(g.timing.p95ExtractMs)}`);
  }
  if (r.readabilityPages) {
    const s = r.readabilityPages.summary;
    const sides = [s.readabilityAgreement, s.blocksAgreement, s.cleanerAgreement];
    out.push(`\nreadability-pages: ${s.pages} pages, agreement with Readability's expected.html (not human gold)`);
    out.push(
      table(
        [
          ['shingle precision', ...sides.map((x) => f3(x.precision))],
          ['shingle recall', ...sides.map((x) => f3(x.recall))],
          ['shingle F1', ...sides.map((x) => f3(x.f1))],
          ['failed pages', String(s.readabilityFailed), String(s.readabilityFailed), String(s.cleanerFailed)],
        ],
        HEAD,
      ),
    );
    out.push(`  paragraphs removed by Article Cleaner: ${s.removedParagraphs} of ${s.paragraphs}, on ${s.pagesWithRemovals} pages`);
    const reasons = Object.entries(s.removedByReason).map(([k, v]) => `${k} ${v}`).join(', ');
    if (reasons) out.push(`  by reason: ${reasons}`);
    out.push(`  per page: median ${msStr(s.timing.medianMs)}, p95 ${msStr(s.timing.p95Ms)}`);
  }
  if (r.seed) {
    out.push(`\nseed ${SEED_FILE}: ${r.seed.right}/${r.seed.total} labels right`);
    for (const m of r.seed.mistakes) out.push(`  #${m.index}: expected ${m.expected}, got ${m.got} (${m.reason}): ${m.text}`);
    if (r.seed.error) out.push(`  ${r.seed.error}`);
  }
  out.push(`\n${r.totalSeconds} s in all`);
  return `${out.join('\n')}\n`;
}

main().catch((e: unknown) => {
  if (e instanceof CorpusMissingError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`${e instanceof Error ? (e.message.startsWith('usage') || e.message.includes('\nusage') ? e.message : e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
