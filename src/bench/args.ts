// Command-line arguments of npm run bench.
import path from 'node:path';
import { readFlags } from '../eval/args.ts';
import { projectRoot } from '../eval/corpus.ts';

export interface BenchArgs {
  /** at most this many pages of each set (readability-pages, the wcxb-dev sample, the browser's pages) */
  pages: number | null;
  /** the size of the evenly spread wcxb-dev sample */
  wcxb: number;
  browser: boolean;
  /** print the largest inputs of each bundle (esbuild metafile) */
  analyze: boolean;
  /** where linkedom is imported from for its extra row; it is not a dependency */
  linkedom: string;
  out: string;
}

export const USAGE = 'usage: npm run bench -- [--pages N] [--wcxb N] [--no-browser] [--analyze] [--linkedom MODULE] [--out FILE]';

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { pages: null, wcxb: 100, browser: true, analyze: false, linkedom: 'linkedom', out: path.join(projectRoot(), 'reports', 'bench.json') };
  readFlags(argv, USAGE, (flag, value, a) => {
    if (flag === '--pages' || flag === '--wcxb') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} takes a whole number\n${USAGE}`);
      if (flag === '--pages') args.pages = n;
      else args.wcxb = n;
    } else if (flag === '--no-browser') args.browser = false;
    else if (flag === '--analyze') args.analyze = true;
    else if (flag === '--linkedom') args.linkedom = value();
    else if (flag === '--out') args.out = path.resolve(value());
    else if (flag === '--help' || flag === '-h') throw new Error(USAGE);
    else throw new Error(`unknown argument ${a}\n${USAGE}`);
  });
  return args;
}
