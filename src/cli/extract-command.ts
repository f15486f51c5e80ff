// `article-cleaner extract`: the cleaned article of saved pages, through the
// page pool (src/node/pool.ts), printed in input order.
import { parseArgs } from 'node:util';
import { inInputOrder, runPages, type PageOutcome, type PageTask } from '../node/pool.ts';
import { describeCount } from '../shared/reasons.ts';
import type { ClassifiedParagraph, Label, ReasonCode } from '../shared/types.ts';
import { readManifest } from './manifest.ts';
import { write } from './output.ts';
import { UsageError } from './usage.ts';

const FORMATS = ['text', 'jsonl', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** One page as --format jsonl/json prints it. */
interface PageRecord {
  file: string;
  url: string;
  ok: boolean;
  title: string | null;
  byline: string | null;
  lang: string | null;
  /** the text of the paragraphs labelled content, joined by blank lines */
  text: string;
  paragraphs: { text: string; label: Label; reason: ReasonCode }[];
  ms: number;
  error: string | null;
}

/** Labels the reader view keeps in the article body (meta goes to the header). */
const BODY_LABELS: ReadonlySet<Label> = new Set(['content', 'caption']);

/** Returns the exit status. */
export async function extractCommand(args: string[]): Promise<number> {
  const { values, positionals: files } = parseArgs({
    args,
    options: {
      url: { type: 'string' },
      manifest: { type: 'string', multiple: true },
      format: { type: 'string', default: 'text' },
      workers: { type: 'string' },
      timeout: { type: 'string' },
    },
    allowPositionals: true,
  });
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`extract: --format must be one of ${FORMATS.join(', ')}`);
  if (values.url !== undefined && !URL.canParse(values.url)) throw new UsageError(`extract: --url is not a URL: ${values.url}`);
  const workers = values.workers === undefined ? undefined : positiveNumber('--workers', values.workers, true);
  const timeoutMs = values.timeout === undefined ? undefined : positiveNumber('--timeout', values.timeout, false) * 1000;
  // setTimeout takes at most 2^31-1 ms and fires at once beyond that.
  if (timeoutMs !== undefined && timeoutMs > 2 ** 31 - 1) throw new UsageError('extract: --timeout is too long (over 24 days)');

  const tasks: PageTask<'extract'>[] = [
    ...files.map((file) => ({ file, url: values.url, mode: 'extract' as const })),
    ...(values.manifest ?? []).flatMap((list) => readManifest(list)).map((entry) => ({ ...entry, mode: 'extract' as const })),
  ];
  if (tasks.length === 0) throw new UsageError('extract: no files given');

  let failures = 0;
  const records: PageRecord[] = [];
  for await (const outcome of inInputOrder(runPages(tasks, { workers, timeoutMs }))) {
    const record = toRecord(outcome);
    if (!record.ok) failures++;
    if (format === 'json') records.push(record);
    else if (format === 'jsonl') await write(process.stdout, JSON.stringify(record) + '\n');
    else if (record.ok) await write(process.stdout, formatText(record));
    else await write(process.stderr, `${record.file}: error: ${record.error}\n`);
  }
  if (format === 'json') await write(process.stdout, JSON.stringify(records, null, 2) + '\n');
  return failures > 0 ? 1 : 0;
}

function toRecord(outcome: PageOutcome<'extract'>): PageRecord {
  const record: PageRecord = {
    file: outcome.file, url: outcome.url, ok: false,
    title: null, byline: null, lang: null, text: '', paragraphs: [],
    ms: outcome.ms, error: outcome.error ?? null,
  };
  const result = outcome.result?.result;
  if (!outcome.ok || !result) return record;
  if (!result.ok) return { ...record, error: result.message };
  const { article } = result;
  return {
    ...record,
    ok: true,
    title: article.title || null,
    byline: article.byline,
    lang: article.lang,
    text: contentText(article.paragraphs),
    paragraphs: article.paragraphs.map(({ text, label, reason }) => ({ text, label, reason })),
  };
}

function contentText(paragraphs: readonly Pick<ClassifiedParagraph, 'text' | 'label'>[]): string {
  // An image with no caption is a content paragraph with no text.
  return paragraphs.filter((p) => p.label === 'content' && p.text !== '').map((p) => p.text).join('\n\n');
}

/** Title, byline, the kept paragraphs, and what was removed. */
function formatText(record: PageRecord): string {
  const body = record.paragraphs.filter((p) => BODY_LABELS.has(p.label) && p.text !== '').map((p) => p.text);
  const header = [record.title ?? '(untitled)', ...(record.byline ? [record.byline] : [])];
  return [`==> ${record.file} <==`, ...header, '', ...body.flatMap((text) => [text, '']), removedSummary(record.paragraphs), '', ''].join('\n');
}

/** "removed: 1 newsletter promo, 2 copyright lines" (promo and boilerplate, in page order). */
function removedSummary(paragraphs: PageRecord['paragraphs']): string {
  const counts = new Map<ReasonCode, number>();
  for (const p of paragraphs) {
    if (p.label === 'promo' || p.label === 'boilerplate') counts.set(p.reason, (counts.get(p.reason) ?? 0) + 1);
  }
  if (counts.size === 0) return 'removed: nothing';
  return `removed: ${[...counts].map(([reason, n]) => describeCount(reason, n)).join(', ')}`;
}

function positiveNumber(flag: string, value: string, integer: boolean): number {
  const n = Number(value);
  if (!(n > 0) || (integer && !Number.isInteger(n))) {
    throw new UsageError(`extract: ${flag} must be a positive ${integer ? 'whole ' : ''}number, not ${value}`);
  }
  return n;
}
