// The eval's use of the process pool (src/node/pool.ts): pages in, PageRun-ready
// outcomes out, in completion order, with the index of the task they answer.
import os from 'node:os';
import { runPages, type ExtractedPage, type PoolOptions } from '../node/pool.ts';
import type { ExtractedParagraphs } from '../extract/index.ts';
import type { PageRun, RemovedParagraph } from './report.ts';

export type { PoolOptions } from '../node/pool.ts';

/** One worker per core, at most 8 (the pool's own default is 2); the main process only scores. */
export function defaultWorkers(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(8, cores));
}

const withDefaults = (opts: PoolOptions): PoolOptions => ({ workers: defaultWorkers(), ...opts });

export interface PageTask {
  file: string;
  url?: string;
}

/** Runs extractArticle on every page; yields [task index, PageRun]. */
export async function* runExtract(tasks: readonly PageTask[], opts: PoolOptions = {}): AsyncGenerator<[number, PageRun]> {
  const poolTasks = tasks.map((t) => ({ file: t.file, url: t.url, mode: 'extract' as const }));
  for await (const r of runPages(poolTasks, withDefaults(opts))) {
    yield [r.index, toPageRun(r.ok, r.ms, r.error ?? null, r.ok ? (r.result ?? null) : null)];
  }
}

export function toPageRun(ok: boolean, ms: number, error: string | null, res: ExtractedPage | null): PageRun {
  if (!ok || res === null) {
    return { ran: false, error: error ?? 'failed', readabilityText: '', blocksText: null, cleanerText: null, cleanerFailure: null, removed: [], paragraphs: 0, ms, extractMs: null };
  }
  const result = res.result;
  if (!result.ok) {
    return {
      ran: true, error: null, readabilityText: res.readabilityText ?? '', blocksText: null, cleanerText: null,
      cleanerFailure: `${result.failure}: ${result.message}`, removed: [], paragraphs: 0, ms, extractMs: result.ms,
    };
  }
  const paras = result.article.paragraphs;
  const removed: RemovedParagraph[] = paras
    .filter((p) => p.label !== 'content')
    .map((p) => ({ text: p.text, tag: p.tag, label: p.label, reason: p.reason, score: Math.round(p.score * 1000) / 1000 }));
  return {
    ran: true,
    error: null,
    readabilityText: res.readabilityText ?? '',
    blocksText: paras.map((p) => p.text).join('\n\n'),
    cleanerText: paras.filter((p) => p.label === 'content').map((p) => p.text).join('\n\n'),
    cleanerFailure: null,
    removed,
    paragraphs: paras.length,
    ms,
    extractMs: result.ms,
  };
}

/** Runs extractParagraphs on every page; yields [task index, paragraphs or null, error]. */
export async function* runParagraphs(
  tasks: readonly PageTask[],
  opts: PoolOptions = {},
): AsyncGenerator<[number, ExtractedParagraphs | null, string | null]> {
  const poolTasks = tasks.map((t) => ({ file: t.file, url: t.url, mode: 'paragraphs' as const }));
  for await (const r of runPages(poolTasks, withDefaults(opts))) {
    yield [r.index, r.ok ? (r.result ?? null) : null, r.ok ? null : (r.error ?? 'failed')];
  }
}
