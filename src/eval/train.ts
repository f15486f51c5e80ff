// npm run train: fits the classifier's not-content model and writes
// src/classifier/weights.ts (deterministic: same dataset, same bytes).
//
//   npm run train -- [--rebuild] [--dataset-only] [--dataset FILE] [--out FILE]
//                    [--trees N] [--depth D] [--learning-rate X] [--l2 X] [--folds K]
//                    [--max-loss 0.005] [--workers N] [--timeout SECONDS]
//
// Reads the dataset cache (reports/dataset.jsonl; built from the corpus through the
// process pool when missing or with --rebuild), featurizes each page's blocks with
// src/classifier/features.ts (whole article in order), leaves out ambiguous blocks
// and those the classifier decides by structure alone (figures, captions: rows.ts),
// validates with domain-grouped folds, chooses the threshold, fits on everything.
import fs from 'node:fs';
import path from 'node:path';
import { FEATURE_NAMES } from '../classifier/features.ts';
import { CorpusMissingError, projectRoot } from './corpus.ts';
import { buildDataset, defaultDatasetPath, formatLabelCounts, readDataset } from './dataset.ts';
import { trainingRows } from './rows.ts';
import { BOOST_DEFAULTS, type BoostOptions } from './boost.ts';
import { crossValidate, fitModel, foldTable, weightsFile } from './trainer.ts';

interface TrainArgs {
  rebuild: boolean;
  datasetOnly: boolean;
  dataset: string;
  out: string;
  boost: Required<BoostOptions>;
  folds: number;
  maxLoss: number;
  workers: number | null;
  timeoutMs: number;
}

const USAGE =
  'usage: npm run train -- [--rebuild] [--dataset-only] [--dataset FILE] [--out FILE] [--trees N] [--depth D] [--learning-rate X] [--l2 X] [--folds K] [--max-loss 0.005] [--workers N] [--timeout SECONDS]';

function parseArgs(argv: readonly string[]): TrainArgs {
  const a: TrainArgs = {
    rebuild: false,
    datasetOnly: false,
    dataset: defaultDatasetPath(),
    out: path.join(projectRoot(), 'src', 'classifier', 'weights.ts'),
    boost: { ...BOOST_DEFAULTS },
    folds: 5,
    maxLoss: 0.005,
    workers: null,
    timeoutMs: 60_000,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    const num = (min: number): number => {
      const n = Number(value());
      if (!Number.isFinite(n) || n < min) throw new Error(`${flag} takes a number >= ${min}\n${USAGE}`);
      return n;
    };
    switch (flag) {
      case '--rebuild': a.rebuild = true; break;
      case '--dataset-only': a.datasetOnly = true; break;
      case '--dataset': a.dataset = path.resolve(value()); break;
      case '--out': a.out = path.resolve(value()); break;
      case '--trees': a.boost.trees = Math.floor(num(1)); break;
      case '--depth': a.boost.depth = Math.floor(num(1)); break;
      case '--learning-rate': a.boost.learningRate = num(0); break;
      case '--l2': a.boost.l2 = num(0); break;
      case '--folds': a.folds = Math.floor(num(2)); break;
      case '--max-loss': a.maxLoss = num(0); break;
      case '--workers': a.workers = Math.floor(num(1)); break;
      case '--timeout': a.timeoutMs = Math.round(num(1) * 1000); break;
      default: throw new Error(`unknown argument ${flag}\n${USAGE}`);
    }
  }
  return a;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const log = (s: string) => process.stderr.write(s);
  if (args.rebuild || args.datasetOnly || !fs.existsSync(args.dataset)) {
    if (!args.rebuild && !args.datasetOnly) log(`no dataset cache at ${args.dataset}: building it\n`);
    const t0 = Date.now();
    const header = await buildDataset({ out: args.dataset, timeoutMs: args.timeoutMs, ...(args.workers ? { workers: args.workers } : {}), log });
    log(`dataset: ${header.pages} pages (${header.failed} without blocks) in ${((Date.now() - t0) / 1000).toFixed(1)} s -> ${args.dataset}\n`);
    process.stdout.write(formatLabelCounts(header.labelCounts));
    if (args.datasetOnly) return;
  }
  const { header, pages } = await readDataset(args.dataset);
  process.stdout.write(`dataset ${args.dataset}: ${header.pages} pages, ${header.failed} without blocks\n`);
  process.stdout.write(formatLabelCounts(header.labelCounts));

  const t0 = Date.now();
  const { rows, skipped, structural, pages: usedPages } = trainingRows(pages);
  if (rows.length === 0) throw new Error('no labelled block to train on');
  const domains = new Set(rows.map((r) => r.group)).size;
  process.stdout.write(`training rows: ${rows.length} from ${usedPages} pages, ${domains} domains (${skipped} ambiguous and ${structural} figure/caption blocks left out), ${FEATURE_NAMES.length} features\n`);

  const cv = crossValidate(rows, { ...args.boost, folds: args.folds, maxContentLoss: args.maxLoss });
  const pc = (x: number | null, d = 1) => (x === null ? '–' : `${(100 * x).toFixed(d)}%`);
  process.stdout.write(`threshold ${cv.threshold.toFixed(3)} (every fold loses <= ${pc(args.maxLoss)} of its content blocks on an average site)\n`);
  for (const line of foldTable(cv)) process.stdout.write(`${line}\n`);

  const model = fitModel(rows, args.boost, FEATURE_NAMES, cv.threshold);
  const text = weightsFile(model, cv, {
    pages: usedPages,
    domains,
    rows: rows.length,
    contentRows: rows.filter((r) => r.y === 0).length,
    notContentRows: rows.filter((r) => r.y === 1).length,
    skippedAmbiguous: skipped,
    skippedStructural: structural,
    boost: args.boost,
    maxContentLoss: args.maxLoss,
  });
  const before = fs.existsSync(args.out) ? fs.readFileSync(args.out, 'utf8') : null;
  fs.writeFileSync(args.out, text);
  process.stdout.write(`${before === text ? 'unchanged' : 'wrote'} ${path.relative(process.cwd(), args.out) || args.out} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}

main().catch((e: unknown) => {
  if (e instanceof CorpusMissingError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`${e instanceof Error ? (e.message.includes('usage:') ? e.message : e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
