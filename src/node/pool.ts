// Runs saved pages through child processes (page-worker.mjs), so that a batch
// of any size neither runs out of memory nor stalls on one page:
// - a worker is replaced after `recycleAfter` pages or once its memory passes
//   `maxWorkerRssMb` (jsdom and Readability leave garbage V8 is slow to give back);
// - a page that takes longer than `timeoutMs` has its worker killed and
//   replaced, and gets the error "timed out after 20 s";
// - a worker that dies fails only the page it was on; the batch goes on.
// Workers read and decode the files themselves: only names and results cross IPC.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PAGE_URL } from './page-url.ts';
import type { PageMode, PageResult } from './process-page.ts';
import type { PageJob, WorkerMessage } from './worker-messages.ts';

export type { PageMode, PageResult, ExtractedPage } from './process-page.ts';

export interface PageTask<M extends PageMode = PageMode> {
  /** a saved page, .html or .html.gz */
  file: string;
  /** the page's URL, for links and metadata; default DEFAULT_PAGE_URL */
  url?: string;
  mode: M;
}

export interface PageOutcome<M extends PageMode = PageMode> {
  /** the task's position in the list given to runPages */
  index: number;
  file: string;
  url: string;
  /** false when the page could not be processed: `error` says why */
  ok: boolean;
  /** time spent on the page: parse + extract in the worker, or until it failed */
  ms: number;
  error?: string;
  /** when ok */
  result?: PageResult<M>;
  /** the worker process that had the page */
  pid?: number;
}

export interface PoolOptions {
  /** worker processes; default 2 */
  workers?: number;
  /** per-page time limit; default 20,000 */
  timeoutMs?: number;
  /** pages a worker handles before it is replaced; default 100 */
  recycleAfter?: number;
  /** a worker whose resident memory passes this after a page is replaced; default 500 */
  maxWorkerRssMb?: number;
  /** V8 heap limit of each worker (--max-old-space-size); default 640 */
  workerHeapMb?: number;
  /** the worker bundle; default page-worker.mjs beside the running bundle */
  workerScript?: string;
}

const DEFAULTS = {
  workers: 2,
  timeoutMs: 20_000,
  recycleAfter: 100,
  maxWorkerRssMb: 500,
  workerHeapMb: 640,
};

/** Bytes of a worker's stderr kept to explain a crash. */
const STDERR_TAIL_CHARS = 2000;

/**
 * Processes every task and yields one outcome per task, in the order they
 * finish (see inInputOrder). Stopping the iteration early kills the workers.
 * Throws if a worker cannot even start.
 */
export async function* runPages<M extends PageMode>(
  tasks: readonly PageTask<M>[],
  options: PoolOptions = {},
): AsyncGenerator<PageOutcome<M>> {
  if (tasks.length === 0) return;
  const pool = new PagePool(tasks, { ...DEFAULTS, ...definedOnly(options) });
  try {
    yield* pool.outcomes();
  } finally {
    pool.stop();
  }
}

/** Re-orders outcomes (each with a distinct index 0..n-1) into index order, holding back early finishers. */
export async function* inInputOrder<T extends { index: number }>(outcomes: AsyncIterable<T>): AsyncGenerator<T> {
  const waiting = new Map<number, T>();
  let next = 0;
  for await (const outcome of outcomes) {
    waiting.set(outcome.index, outcome);
    for (let ready = waiting.get(next); ready !== undefined; ready = waiting.get(next)) {
      waiting.delete(next++);
      yield ready;
    }
  }
}

function defaultWorkerScript(): string {
  return fileURLToPath(new URL('./page-worker.mjs', import.meta.url));
}

interface Settings extends Required<Omit<PoolOptions, 'workerScript'>> {
  workerScript?: string;
}

interface Worker {
  process: ChildProcess;
  ready: boolean;
  pagesDone: number;
  stderrTail: string;
  /** the page it is on */
  job?: { index: number; startedAt: number; timer: NodeJS.Timeout };
  /** set when the pool ended it on purpose, so its exit is not a crash */
  retired: boolean;
}

class PagePool<M extends PageMode> {
  private readonly finished: PageOutcome<M>[] = [];
  private wake: (() => void) | null = null;
  private fatal: Error | null = null;
  private nextTask = 0;
  private readonly workers = new Set<Worker>();
  private readonly script: string;

  constructor(
    private readonly tasks: readonly PageTask<M>[],
    private readonly settings: Settings,
  ) {
    this.script = settings.workerScript ?? defaultWorkerScript();
    if (!fs.existsSync(this.script)) {
      throw new Error(`page worker not found at ${this.script} (run \`npm run build\`)`);
    }
    const count = Math.max(1, Math.min(settings.workers, tasks.length));
    for (let i = 0; i < count; i++) this.startWorker();
  }

  async *outcomes(): AsyncGenerator<PageOutcome<M>> {
    for (let delivered = 0; delivered < this.tasks.length; delivered++) {
      while (this.finished.length === 0) {
        if (this.fatal) throw this.fatal;
        await new Promise<void>((resolve) => (this.wake = resolve));
      }
      yield this.finished.shift()!;
    }
  }

  stop(): void {
    this.nextTask = this.tasks.length;
    for (const worker of this.workers) this.retire(worker, 'SIGKILL');
  }

  private startWorker(): void {
    const child = fork(this.script, [], {
      // Our own flags only: a parent's flags (a test runner's loaders) are not for the worker.
      execArgv: [`--max-old-space-size=${this.settings.workerHeapMb}`],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'json',
    });
    const worker: Worker = { process: child, ready: false, pagesDone: 0, stderrTail: '', retired: false };
    this.workers.add(worker);
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      worker.stderrTail = (worker.stderrTail + chunk).slice(-STDERR_TAIL_CHARS);
    });
    child.on('message', (message: WorkerMessage) => this.onMessage(worker, message));
    child.on('exit', (code, signal) => this.onExit(worker, code, signal));
    // An IPC write to a worker that just died: its exit event reports it.
    child.on('error', () => {});
  }

  private onMessage(worker: Worker, message: WorkerMessage): void {
    if (message.type === 'ready') {
      worker.ready = true;
      this.giveNextPage(worker);
      return;
    }
    const job = worker.job;
    if (!job || job.index !== message.index) return;
    clearTimeout(job.timer);
    worker.job = undefined;
    worker.pagesDone++;
    this.finish(worker, job.index, message.ok ? { ok: true, ms: message.ms, result: message.result as PageResult<M> } : { ok: false, ms: message.ms, error: message.error ?? 'failed' });
    if (worker.pagesDone >= this.settings.recycleAfter || message.rssMb > this.settings.maxWorkerRssMb) {
      this.replace(worker);
    } else {
      this.giveNextPage(worker);
    }
  }

  private onExit(worker: Worker, code: number | null, signal: NodeJS.Signals | null): void {
    this.workers.delete(worker);
    if (worker.retired) return;
    const how = signal ? `signal ${signal}` : `exit code ${code}`;
    const detail = crashDetail(worker.stderrTail);
    if (!worker.ready) {
      // Not a page's fault: the worker itself cannot run, and neither would the next.
      this.fatal = new Error(`page worker failed to start (${how})${detail ? `: ${detail}` : ''}`);
      this.notify();
      return;
    }
    const job = worker.job;
    if (job) {
      clearTimeout(job.timer);
      this.finish(worker, job.index, { ok: false, ms: Math.round(performance.now() - job.startedAt), error: `worker crashed (${how})${detail ? `: ${detail}` : ''}` });
    }
    if (this.nextTask < this.tasks.length) this.startWorker();
  }

  private giveNextPage(worker: Worker): void {
    if (this.nextTask >= this.tasks.length) {
      this.retire(worker);
      return;
    }
    const index = this.nextTask++;
    const task = this.tasks[index]!;
    const job: PageJob = { index, file: task.file, url: task.url ?? DEFAULT_PAGE_URL, mode: task.mode };
    const timer = setTimeout(() => this.onTimeout(worker, index), this.settings.timeoutMs);
    worker.job = { index, startedAt: performance.now(), timer };
    worker.stderrTail = ''; // so a crash is explained by what this page printed
    worker.process.send(job);
  }

  private onTimeout(worker: Worker, index: number): void {
    if (worker.job?.index !== index) return;
    worker.job = undefined;
    this.finish(worker, index, { ok: false, ms: this.settings.timeoutMs, error: `timed out after ${formatSeconds(this.settings.timeoutMs)}` });
    this.replace(worker, 'SIGKILL');
  }

  /** Ends a worker and, while pages remain, starts a fresh one in its place. */
  private replace(worker: Worker, signal?: NodeJS.Signals): void {
    this.retire(worker, signal);
    if (this.nextTask < this.tasks.length) this.startWorker();
  }

  /** Ends a worker on purpose: politely (disconnect; it exits) or with a signal. */
  private retire(worker: Worker, signal?: NodeJS.Signals): void {
    if (worker.retired) return;
    worker.retired = true;
    clearTimeout(worker.job?.timer);
    if (signal) worker.process.kill(signal);
    else if (worker.process.connected) worker.process.disconnect();
  }

  private finish(worker: Worker, index: number, outcome: Pick<PageOutcome<M>, 'ok' | 'ms' | 'error' | 'result'>): void {
    const task = this.tasks[index]!;
    this.finished.push({ index, file: task.file, url: task.url ?? DEFAULT_PAGE_URL, ...outcome, pid: worker.process.pid });
    this.notify();
  }

  private notify(): void {
    this.wake?.();
    this.wake = null;
  }
}

/** "20 s", "0.5 s" */
function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** What a dead worker's stderr says about its death: V8's out-of-memory message, else its last line. */
function crashDetail(stderr: string): string {
  if (stderr.includes('JavaScript heap out of memory')) return 'out of memory';
  return stderr.trim().split('\n').pop()?.trim() ?? '';
}

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}
