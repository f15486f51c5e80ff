// A child process of the page pool (pool.ts): takes one page at a time over
// IPC, answers with its result, and exits when the pool disconnects. Each
// page is its own message, so the event loop turns between pages and jsdom
// can free the last page's window.
import path from 'node:path';
import { processPage } from './process-page.ts';
import type { PageJob, WorkerMessage } from './worker-messages.ts';
import { errorMessage } from '../shared/error-message.ts';

// Test-only faults, for the pool's tests: a page whose file name (base name)
// equals ARTICLE_CLEANER_TEST_HANG never finishes (a busy loop, like a parser
// that spins); one equal to ARTICLE_CLEANER_TEST_CRASH kills the worker (as
// the kernel's OOM killer would). Unset, they change nothing.
const hangFile = process.env.ARTICLE_CLEANER_TEST_HANG;
const crashFile = process.env.ARTICLE_CLEANER_TEST_CRASH;

function send(message: WorkerMessage): void {
  process.send?.(message);
}

function rssMb(): number {
  return Math.round(process.memoryUsage().rss / 2 ** 20);
}

function run(job: PageJob): WorkerMessage {
  const start = performance.now();
  const name = path.basename(job.file);
  if (name === hangFile) for (;;) { /* never returns */ }
  if (name === crashFile) process.kill(process.pid, 'SIGKILL');
  try {
    const { result, ms } = processPage(job);
    return { type: 'done', index: job.index, ok: true, ms, result, rssMb: rssMb() };
  } catch (error) {
    const message = errorMessage(error);
    return { type: 'done', index: job.index, ok: false, ms: Math.round(performance.now() - start), error: message, rssMb: rssMb() };
  }
}

if (!process.send) {
  console.error('page-worker.mjs is started by the page pool (src/node/pool.ts), not by hand.');
  process.exit(2);
}
process.on('message', (job: PageJob) => send(run(job)));
process.on('disconnect', () => process.exit(0));
send({ type: 'ready' });
