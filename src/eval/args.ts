// Command-line arguments of npm run eval.
import path from 'node:path';
import { projectRoot } from './corpus.ts';

export interface EvalArgs {
  sample: number | null;
  only: 'article' | 'wcxb' | 'readability' | null;
  out: string;
  workers: number | null;
  /** per-page time limit in ms; null: the pool's default (20 s) */
  timeoutMs: number | null;
}

const USAGE = 'usage: npm run eval -- [--sample N] [--only article|wcxb|readability] [--out FILE] [--workers N] [--timeout SECONDS]';

/**
 * Walks argv as flags: onFlag(flag, value, arg) for each argument, where value() reads
 * the flag's value (--flag=v, or the next argument) and throws with usage when there is none.
 */
export function readFlags(argv: readonly string[], usage: string, onFlag: (flag: string, value: () => string, arg: string) => void): void {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    onFlag(flag, () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${usage}`);
      return v;
    }, a);
  }
}

export function parseArgs(argv: readonly string[]): EvalArgs {
  const args: EvalArgs = { sample: null, only: null, out: path.join(projectRoot(), 'reports', 'eval.json'), workers: null, timeoutMs: null };
  readFlags(argv, USAGE, (flag, value, a) => {
    if (flag === '--sample' || flag === '--workers' || flag === '--timeout') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} takes a positive whole number\n${USAGE}`);
      if (flag === '--sample') args.sample = n;
      else if (flag === '--workers') args.workers = n;
      else args.timeoutMs = n * 1000;
    } else if (flag === '--only') {
      const v = value();
      if (v !== 'article' && v !== 'wcxb' && v !== 'readability') throw new Error(`--only takes article, wcxb or readability\n${USAGE}`);
      args.only = v;
    } else if (flag === '--out') {
      args.out = path.resolve(value());
    } else if (flag === '--help' || flag === '-h') {
      throw new Error(USAGE);
    } else {
      throw new Error(`unknown argument ${a}\n${USAGE}`);
    }
  });
  return args;
}

/** n items spread evenly over the list (all of it when n >= length), order kept. */
export function evenSample<T>(items: readonly T[], n: number | null): T[] {
  if (n === null || n >= items.length) return [...items];
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(items[Math.floor((i * items.length) / n)]!);
  return out;
}

