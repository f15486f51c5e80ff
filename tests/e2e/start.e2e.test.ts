// `npm start` / `npm run start:firefox` (scripts/start.mjs): web-ext run finds the browser,
// loads the built extension into it, and the sample article it opens is served. Headless
// here (a person gets a window); --no-build because `npm test` has just built.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from './fixtures.ts';
import { SEED_HEADLINE } from './server.ts';

/** What web-ext run prints once the browser runs with the extension loaded. */
const READY = 'The extension will reload if any source file changes';

let child: ChildProcess | null = null;
/** The child's TMPDIR: web-ext's temporary browser profiles go there, and go with it. */
let tmp: string | null = null;
const running = (c: ChildProcess) => c.exitCode === null && c.signalCode === null;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Pids whose command line contains text (Linux /proc). */
function processesWith(text: string): number[] {
  return fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((d) => {
    try {
      return fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(text) ? [Number(d)] : [];
    } catch {
      return [];
    }
  });
}

/**
 * Ctrl+C as in a terminal: SIGINT to the whole process group (start.mjs, web-ext, the
 * browser), then waits until the browser opened on the sample page is gone.
 */
async function stop(c: ChildProcess, sampleOrigin?: string): Promise<void> {
  if (running(c)) {
    process.kill(-c.pid!, 'SIGINT');
    for (let i = 0; i < 200 && running(c); i++) await sleep(100);
    if (running(c)) process.kill(-c.pid!, 'SIGKILL');
  }
  if (!sampleOrigin) return;
  let left: number[] = [];
  for (let i = 0; i < 100 && (left = processesWith(sampleOrigin)).length; i++) await sleep(100);
  expect(left, `still running after Ctrl+C: ${left.join(', ')}`).toEqual([]);
}

afterEach(async () => {
  if (child) {
    const c = child;
    child = null;
    try {
      await stop(c);
    } catch {
      // already gone
    }
  }
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  tmp = null;
});

/** Runs scripts/start.mjs until web-ext says it is ready; returns everything printed so far. */
async function startUntilReady(browser: 'chromium' | 'firefox', headlessArg: string, timeout = 60_000): Promise<string> {
  child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'start.mjs'), browser, '--no-build', `--arg=${headlessArg}`, '--no-input'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TMPDIR: (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'article-cleaner-start-'))) },
    detached: true, // its own process group, so stop() reaches the browser too
  });
  let out = '';
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web-ext run was not ready after ${timeout} ms:\n${out}`)), timeout);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (out.includes(READY)) {
        clearTimeout(timer);
        resolve(out);
      }
    };
    child!.stdout!.on('data', onData);
    child!.stderr!.on('data', onData);
    child!.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`scripts/start.mjs exited with ${code} before web-ext run was ready:\n${out}`));
    });
  });
}

/** The sample article is served and is the start page; then Ctrl+C ends it all. */
async function expectSamplePageThenStop(out: string): Promise<void> {
  const url = /^\s*(http:\/\/127\.0\.0\.1:\d+\/news\/\S+)\s+an article/m.exec(out)?.[1];
  expect(url, out).toBeTruthy();
  expect(out).toContain(`--start-url ${url}`);
  const res = await fetch(url!);
  expect(res.status).toBe(200);
  expect(await res.text()).toContain(SEED_HEADLINE);
  expect(processesWith(url!).length, 'no browser was opened on the sample page').toBeGreaterThan(0);
  const c = child!;
  child = null;
  await stop(c, new URL(url!).origin);
}

describe('npm start: web-ext run with the built extension on the sample article', () => {
  test('Chromium', async () => {
    const out = await startUntilReady('chromium', '--headless=new');
    expect(out).toMatch(/--target chromium --chromium-binary \S+/);
    await expectSamplePageThenStop(out);
  });

  test('Firefox', async () => {
    const out = await startUntilReady('firefox', '-headless');
    expect(out).toMatch(/--target firefox-desktop --firefox \S+/);
    expect(out).toMatch(/Installed \S+dist[/\\]extension as a temporary add-on/);
    await expectSamplePageThenStop(out);
  });
});
