// The training set cache: every wcxb-dev page through Readability and the block
// splitter (the pool's 'paragraphs' mode), each block labelled by aligning it with
// the human gold (align.ts). Written as JSON lines (default reports/dataset.jsonl,
// in page id order) so training runs never re-parse the 1,497 pages:
//   line 1: a header {kind:'header', schema, pages, failed, labelCounts, thresholds}
//   then one line per page: DatasetPage.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { BlockTag, DomHints } from '../shared/types.ts';
import {
  alignBlocks, countLabels,
  CONTENT_MIN_COVERAGE, NOT_CONTENT_MAX_COVERAGE, SHORT_BLOCK_TOKENS, WRONG_REGION_MAX_RECALL,
  type AlignedLabel, type AlignWhy, type LabelCounts,
} from './align.ts';
import { corpusRoot, listWcxbPages, projectRoot, readWcxbGold, type WcxbGold, type WcxbPage } from './corpus.ts';
import { runParagraphs, type PoolOptions } from './run-pages.ts';

export const DATASET_SCHEMA = 1;
/** Longer block HTML is cut (and flagged): such blocks are tables and code, content anyway. */
export const HTML_LIMIT = 50_000;

export interface DatasetBlock {
  text: string;
  html: string;
  htmlTruncated?: true;
  tag: BlockTag;
  dom?: DomHints;
  label: AlignedLabel;
  why: AlignWhy;
  coverage: number;
  tokens: number;
  withoutMatch: string | null;
}

export interface DatasetPage {
  id: string;
  domain: string;
  pageType: string;
  url: string;
  lang: string | null;
  title: string | null;
  /** why the page has no blocks: a pool failure, or Readability found no article */
  error: string | null;
  readabilityRecall: number;
  wrongRegion: boolean;
  blocks: DatasetBlock[];
}

export interface DatasetHeader {
  kind: 'header';
  schema: number;
  corpus: string;
  pages: number;
  failed: number;
  labelCounts: LabelCounts;
  thresholds: Record<string, number>;
}

export function defaultDatasetPath(): string {
  return path.join(projectRoot(), 'reports', 'dataset.jsonl');
}

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/** One page's dataset record from its extracted blocks (pure: testable without the pool). */
export function datasetPage(
  page: Pick<WcxbPage, 'id' | 'domain' | 'pageType'>,
  gold: Pick<WcxbGold, 'url' | 'mainContent' | 'without'>,
  extracted: { meta: { lang: string | null; title: string }; blocks: { text: string; html: string; tag: BlockTag; dom?: DomHints }[] } | null,
  error: string | null,
): DatasetPage {
  const base = { id: page.id, domain: page.domain, pageType: page.pageType, url: gold.url };
  if (extracted === null) {
    return { ...base, lang: null, title: null, error: error ?? 'no-article', readabilityRecall: 0, wrongRegion: false, blocks: [] };
  }
  const al = alignBlocks(extracted.blocks.map((b) => b.text), gold);
  return {
    ...base,
    lang: extracted.meta.lang,
    title: extracted.meta.title || null,
    error: null,
    readabilityRecall: round4(al.readabilityRecall),
    wrongRegion: al.wrongRegion,
    blocks: extracted.blocks.map((b, i) => {
      const a = al.blocks[i]!;
      const long = b.html.length > HTML_LIMIT;
      return {
        text: b.text,
        html: long ? b.html.slice(0, HTML_LIMIT) : b.html,
        ...(long ? { htmlTruncated: true as const } : {}),
        tag: b.tag,
        ...(b.dom ? { dom: b.dom } : {}),
        label: a.label,
        why: a.why,
        coverage: round4(a.coverage),
        tokens: a.tokens,
        withoutMatch: a.withoutMatch,
      };
    }),
  };
}

export interface BuildOptions extends PoolOptions {
  out?: string;
  /** only the first n pages (for a quick try); all by default */
  limit?: number;
  log?: (s: string) => void;
}

/** Runs every wcxb-dev page through the pool and writes the cache. Returns its header. */
export async function buildDataset(opts: BuildOptions = {}): Promise<DatasetHeader> {
  const out = opts.out ?? defaultDatasetPath();
  const log = opts.log ?? ((s: string) => process.stderr.write(s));
  const root = corpusRoot();
  let pages = listWcxbPages(root);
  if (opts.limit !== undefined) pages = pages.slice(0, opts.limit);
  const golds = pages.map((p) => readWcxbGold(p));
  const lines: (string | undefined)[] = new Array(pages.length);
  const counts: { label: AlignedLabel; why: AlignWhy }[] = [];
  let failed = 0, done = 0;
  log(`dataset: ${pages.length} wcxb-dev pages from ${root}\n`);
  const { workers, timeoutMs, recycleAfter } = opts;
  const poolOpts: PoolOptions = {
    ...(workers !== undefined ? { workers } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(recycleAfter !== undefined ? { recycleAfter } : {}),
  };
  const tasks = pages.map((p, i) => ({ file: p.htmlPath, url: golds[i]!.url || undefined }));
  for await (const [index, extracted, error] of runParagraphs(tasks, poolOpts)) {
    const rec = datasetPage(pages[index]!, golds[index]!, extracted, error);
    if (rec.error !== null) failed++;
    for (const b of rec.blocks) counts.push({ label: b.label, why: b.why });
    lines[index] = JSON.stringify(rec);
    done++;
    if (done % 100 === 0) log(`  ${done}/${pages.length}\n`);
  }
  const header: DatasetHeader = {
    kind: 'header',
    schema: DATASET_SCHEMA,
    corpus: root,
    pages: pages.length,
    failed,
    labelCounts: countLabels(counts),
    thresholds: {
      SHORT_BLOCK_TOKENS, CONTENT_MIN_COVERAGE, NOT_CONTENT_MAX_COVERAGE, WRONG_REGION_MAX_RECALL,
    },
  };
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const tmp = `${out}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, `${JSON.stringify(header)}\n`);
    for (let i = 0; i < lines.length; i++) {
      if (lines[i] === undefined) throw new Error(`the pool gave no answer for page ${pages[i]!.id}`);
      fs.writeSync(fd, `${lines[i]}\n`);
    }
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, out);
  return header;
}

export interface Dataset {
  header: DatasetHeader;
  pages: DatasetPage[];
}

export async function readDataset(file = defaultDatasetPath()): Promise<Dataset> {
  const rl = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let header: DatasetHeader | null = null;
  const pages: DatasetPage[] = [];
  for await (const line of rl) {
    if (line.trim() === '') continue;
    if (header === null) {
      const h = JSON.parse(line) as DatasetHeader;
      if (h.kind !== 'header' || h.schema !== DATASET_SCHEMA) {
        throw new Error(`${file} is not a dataset of schema ${DATASET_SCHEMA}: rebuild it (npm run train -- --rebuild)`);
      }
      header = h;
      continue;
    }
    pages.push(JSON.parse(line) as DatasetPage);
  }
  if (header === null) throw new Error(`${file} is empty: rebuild it (npm run train -- --rebuild)`);
  return { header, pages };
}

export function formatLabelCounts(c: LabelCounts): string {
  const total = c.content + c['not-content'] + c.ambiguous;
  const p = (n: number) => `${n} (${total ? ((100 * n) / total).toFixed(1) : '0'}%)`;
  const lines = [
    `blocks: ${total}: content ${p(c.content)}, not-content ${p(c['not-content'])}, ambiguous ${p(c.ambiguous)}`,
    ...Object.entries(c.byWhy)
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([k, v]) => `  ${k.padEnd(26)} ${v}`),
  ];
  return `${lines.join('\n')}\n`;
}
