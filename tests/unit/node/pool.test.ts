// The page pool against the built worker (dist/node/page-worker.mjs).
//
// Timeouts and crashes use the worker's two test-only switches (see
// src/node/page-worker.ts): ARTICLE_CLEANER_TEST_HANG names a file whose
// processing spins forever, ARTICLE_CLEANER_TEST_CRASH one that kills its
// worker. Workers inherit process.env, so a test sets them before runPages.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inInputOrder, runPages, type PageMode, type PageOutcome, type PageTask } from '../../../src/node/pool.ts';
import { builtBundle, FIXTURE_PAGES } from './built.ts';

const workerScript = builtBundle('page-worker.mjs');
let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-cleaner-pool-'));
  const news = fs.readFileSync(path.join(FIXTURE_PAGES, 'cp1252-news.html'));
  fs.writeFileSync(file('news.html'), news);
  fs.writeFileSync(file('news.html.gz'), zlib.gzipSync(fs.readFileSync(path.join(FIXTURE_PAGES, 'utf8-bom-news.html'))));
  fs.writeFileSync(file('hang.html'), news);
  fs.writeFileSync(file('crash.html'), news);
  fs.writeFileSync(file('empty.html'), '');
  fs.writeFileSync(file('binary.html'), Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
  fs.writeFileSync(file('not-gzip.html.gz'), '<p>plain text with a .gz name</p>');
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  delete process.env.ARTICLE_CLEANER_TEST_HANG;
  delete process.env.ARTICLE_CLEANER_TEST_CRASH;
});

async function collect<M extends PageMode>(iterable: AsyncIterable<PageOutcome<M>>): Promise<PageOutcome<M>[]> {
  const outcomes: PageOutcome<M>[] = [];
  for await (const outcome of iterable) outcomes.push(outcome);
  return outcomes;
}

const extractTask = (name: string, url?: string): PageTask<'extract'> => ({ file: file(name), url, mode: 'extract' });

function byIndex<T extends { index: number }>(outcomes: T[]): T[] {
  return [...outcomes].sort((a, b) => a.index - b.index);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** True once the process is gone (a killed child lingers until it is reaped), false if it outlives 3 s. */
async function exits(pid: number): Promise<boolean> {
  for (let waited = 0; waited < 3000; waited += 50) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

describe('runPages', () => {
  it("extracts saved pages, .html and gzipped .html.gz, with Readability's text beside the result", async () => {
    const outcomes = byIndex(await collect(runPages(
      [extractTask('news.html', 'https://gazette.example/cafe'), extractTask('news.html.gz')],
      { workerScript },
    )));
    expect(outcomes.map((o) => [o.index, o.ok, o.error])).toEqual([[0, true, undefined], [1, true, undefined]]);

    const [cafe, ferry] = outcomes;
    expect(cafe!.url).toBe('https://gazette.example/cafe');
    expect(ferry!.url).toBe('http://fakehost/test/page.html');
    expect(cafe!.ms).toBeGreaterThan(0);
    const cafeResult = cafe!.result!.result;
    if (!cafeResult.ok) throw new Error(`extract failed: ${cafeResult.message}`);
    expect(cafeResult.article.title).toContain('Montréal café wins national prize');
    expect(cafeResult.article.url).toBe('https://gazette.example/cafe');
    expect(cafeResult.article.paragraphs.map((p) => p.text)).toContain(
      '“We started by weighing everything we threw away,” said co-owner Zoë Bélanger, who opened Café Crème Brûlée with her brother François in 2019. “The first week it was eleven kilos. Last week it was under two hundred grams.”',
    );
    expect(cafe!.result!.readabilityText).toContain('priced at €4 on the tourist menu');
    expect(ferry!.result!.readabilityText).toContain('Residents of Ærøskøbing lined the harbour wall');
  });

  it("gives Readability's paragraphs unclassified in 'paragraphs' mode", async () => {
    const [outcome] = await collect(runPages([{ file: file('news.html.gz'), mode: 'paragraphs' }], { workerScript }));
    const extracted = outcome!.result!;
    expect(extracted).not.toBeNull();
    expect(extracted!.meta.title).toBe('Ærø ferry returns after two-year rebuild');
    expect(extracted!.blocks.some((b) => b.text.startsWith('Engineers rebuilt the ship'))).toBe(true);
    expect(extracted!.blocks[0]).not.toHaveProperty('label');
  });

  it('reports unreadable, empty, binary and broken gzip files as failed pages, and goes on', async () => {
    const outcomes = byIndex(await collect(runPages(
      ['missing.html', 'empty.html', 'binary.html', 'not-gzip.html.gz', 'news.html'].map((name) => extractTask(name)),
      { workerScript },
    )));
    expect(outcomes.map((o) => o.error)).toEqual([
      'cannot read file: no such file',
      'empty file',
      'binary file, not an HTML page',
      expect.stringMatching(/^not a valid gzip file: /),
      undefined,
    ]);
    expect(outcomes.map((o) => o.ok)).toEqual([false, false, false, false, true]);
  });

  it('kills a page that runs past the time limit, fails only that page, and goes on', async () => {
    process.env.ARTICLE_CLEANER_TEST_HANG = 'hang.html';
    const started = performance.now();
    const outcomes = byIndex(await collect(runPages(
      [extractTask('news.html'), extractTask('hang.html'), extractTask('news.html.gz'), extractTask('news.html')],
      // 10 s: long enough that the good pages never run out of time on a busy machine.
      { workerScript, timeoutMs: 10_000, workers: 2 },
    )));
    const elapsed = performance.now() - started;
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true, true]);
    expect(outcomes[1]!.error).toBe('timed out after 10 s');
    expect(outcomes[1]!.ms).toBe(10_000);
    expect(elapsed).toBeGreaterThanOrEqual(10_000);
    expect(await exits(outcomes[1]!.pid!)).toBe(true);
  }, 60_000);

  it('fails only the page whose worker dies, and carries on in a new worker', async () => {
    process.env.ARTICLE_CLEANER_TEST_CRASH = 'crash.html';
    const outcomes = byIndex(await collect(runPages(
      [extractTask('news.html'), extractTask('crash.html'), extractTask('news.html.gz')],
      { workerScript, workers: 1 },
    )));
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1]!.error).toBe('worker crashed (signal SIGKILL)');
    expect(outcomes[2]!.pid).not.toBe(outcomes[0]!.pid);
  });

  it('fails a page too big for the worker heap as out of memory, and carries on in a new worker', async () => {
    // A real crash, no test switch: ~4 MB of paragraphs does not fit a 64 MB heap.
    const paragraph = '<div class="x"><p>Some words in a paragraph that repeats.</p></div>';
    fs.writeFileSync(file('huge.html'), `<html><body>${paragraph.repeat(60_000)}</body></html>`);
    const outcomes = byIndex(await collect(runPages(
      [extractTask('huge.html'), extractTask('news.html')],
      // a time limit out of the way: this test is about memory, and a busy machine is slow
      { workerScript, workers: 1, workerHeapMb: 64, timeoutMs: 100_000 },
    )));
    expect(outcomes.map((o) => [o.ok, o.error])).toEqual([
      [false, 'worker crashed (signal SIGABRT): out of memory'],
      [true, undefined],
    ]);
  }, 120_000);

  it('replaces a worker after recycleAfter pages', async () => {
    const tasks = ['news.html', 'news.html.gz', 'news.html', 'news.html.gz'].map((name) => extractTask(name));
    const pids = (await collect(runPages(tasks, { workerScript, workers: 1, recycleAfter: 2 }))).map((o) => o.pid);
    expect(pids[0]).toBe(pids[1]);
    expect(pids[2]).toBe(pids[3]);
    expect(pids[2]).not.toBe(pids[0]);
  });

  it('replaces a worker whose memory passes maxWorkerRssMb', async () => {
    const tasks = ['news.html', 'news.html.gz', 'news.html'].map((name) => extractTask(name));
    // Every worker uses more than 1 MB, so each page gets a fresh one.
    const pids = (await collect(runPages(tasks, { workerScript, workers: 1, maxWorkerRssMb: 1 }))).map((o) => o.pid);
    expect(new Set(pids).size).toBe(3);
  });

  it('kills its workers when the caller stops early', async () => {
    // Enough pages to keep a worker busy well past the 3 s that exits() waits.
    const tasks = Array.from({ length: 40 }, () => extractTask('news.html'));
    const pool = runPages(tasks, { workerScript, workers: 2 });
    const first = await pool.next();
    await pool.return(undefined);
    expect(await exits((first.value as PageOutcome).pid!)).toBe(true);
  });

  it('throws when the worker cannot start, rather than failing every page', async () => {
    const broken = file('broken-worker.mjs');
    fs.writeFileSync(broken, 'console.error("boom: missing module"); process.exit(3);');
    await expect(collect(runPages([extractTask('news.html')], { workerScript: broken })))
      .rejects.toThrow('page worker failed to start (exit code 3): boom: missing module');
    await expect(collect(runPages([extractTask('news.html')], { workerScript: file('no-such-worker.mjs') })))
      .rejects.toThrow(/page worker not found/);
  });

  it('yields nothing for no tasks', async () => {
    expect(await collect(runPages([], { workerScript }))).toEqual([]);
  });
});

describe('inInputOrder', () => {
  async function* fromList<T>(items: T[]): AsyncGenerator<T> {
    for (const item of items) yield item;
  }

  it('holds back early finishers until every earlier index has come', async () => {
    const finished = [3, 1, 0, 4, 2].map((index) => ({ index }));
    const ordered = [];
    for await (const outcome of inInputOrder(fromList(finished))) ordered.push(outcome.index);
    expect(ordered).toEqual([0, 1, 2, 3, 4]);
  });

  it('passes an outcome on as soon as it is next, without waiting for the rest', async () => {
    let released = false;
    async function* slow(): AsyncGenerator<{ index: number }> {
      yield { index: 0 };
      await new Promise((resolve) => setTimeout(resolve, 50));
      released = true;
      yield { index: 1 };
    }
    const iterator = inInputOrder(slow());
    expect((await iterator.next()).value).toEqual({ index: 0 });
    expect(released).toBe(false);
  });
});
