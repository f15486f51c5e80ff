// Writes src/classifier/phrase-triggers.ts from the lexicon's phrases (see
// triggers-file.ts). build.mjs runs it before bundling, so no bundle ships a stale
// table; it writes only when the text changed, and atomically (the unit tests build
// in parallel with tests that import the lexicon).
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './corpus.ts';
import { triggersFile } from './triggers-file.ts';

const out = path.join(projectRoot(), 'src', 'classifier', 'phrase-triggers.ts');
const text = triggersFile();
if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== text) {
  const temporary = `${out}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, out);
  process.stdout.write(`wrote ${path.relative(process.cwd(), out) || out}\n`);
}
