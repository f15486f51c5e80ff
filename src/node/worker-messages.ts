// The JSON messages between the pool (pool.ts) and a page worker (page-worker.ts).
import type { PageMode } from './process-page.ts';

/** pool -> worker: process one page */
export interface PageJob {
  index: number;
  file: string;
  url: string;
  mode: PageMode;
}

/** worker -> pool */
export type WorkerMessage =
  | { type: 'ready' }
  | {
      type: 'done';
      index: number;
      ok: boolean;
      ms: number;
      result?: unknown;
      error?: string;
      /** the worker's resident memory after the page, for recycling */
      rssMb: number;
    };
