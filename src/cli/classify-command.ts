// `article-cleaner classify`: the classifier's verdict on every paragraph of
// seed-format files. Runs in-process: seeds are small and need no DOM.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { classifyParagraphs } from '../classifier/index.ts';
import { parseSeed, seedParagraph } from '../seed/read-seed.ts';
import type { Label, ReasonCode } from '../shared/types.ts';
import { truncate, write } from './output.ts';
import { UsageError } from './usage.ts';
import { errorMessage } from '../shared/error-message.ts';

interface ClassifiedSeed {
  file: string;
  ok: boolean;
  paragraphs: {
    /** 1-based, as printed */
    index: number;
    text: string;
    html: string;
    label: Label;
    reason: ReasonCode;
    score: number;
  }[];
  error: string | null;
}

/** Returns the exit status. */
export async function classifyCommand(args: string[]): Promise<number> {
  const { values, positionals: files } = parseArgs({
    args,
    options: { json: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (files.length === 0) throw new UsageError('classify: no files given');

  const results = files.map(classifySeedFile);
  if (values.json) {
    await write(process.stdout, JSON.stringify(results, null, 2) + '\n');
  } else {
    for (const seed of results) {
      if (seed.ok) await write(process.stdout, formatSeed(seed));
      else await write(process.stderr, `${seed.file}: error: ${seed.error}\n`);
    }
  }
  return results.every((seed) => seed.ok) ? 0 : 1;
}

function classifySeedFile(file: string): ClassifiedSeed {
  try {
    const paragraphs = parseSeed(fs.readFileSync(file, 'utf8')).map(seedParagraph);
    const verdicts = classifyParagraphs(paragraphs);
    return {
      file,
      ok: true,
      paragraphs: paragraphs.map((p, i) => ({ index: i + 1, text: p.text, html: p.html, ...verdicts[i]! })),
      error: null,
    };
  } catch (error) {
    // SeedSyntaxError's message starts "line L, column C: ".
    return { file, ok: false, paragraphs: [], error: errorMessage(error) };
  }
}

/** A header with the file name, then "  13 promo/newsletter     World Cup winner…" a paragraph. */
function formatSeed(seed: ClassifiedSeed): string {
  const verdicts = seed.paragraphs.map((p) => `${p.label}/${p.reason}`);
  const width = Math.max(0, ...verdicts.map((v) => v.length));
  const lines = seed.paragraphs.map((p, i) => `${String(p.index).padStart(4)} ${verdicts[i]!.padEnd(width)}  ${truncate(p.text, 72)}`);
  return `${seed.file}\n${lines.join('\n')}\n\n`;
}
