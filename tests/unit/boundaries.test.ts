// The folder boundaries (README "For developers") are enforced by lint: a wrong
// import fails `npm test`. These cases prove the rule bites, not just that it exists.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('folder boundaries', () => {
  it.each([
    ['src/classifier/x.ts', "import { renderArticle } from '../popup/render.ts';\nexport const x = renderArticle;", /import\/no-restricted-paths/],
    ['src/classifier/x.ts', "import fs from 'node:fs';\nexport const x = fs;", /no-restricted-imports/],
    ['src/classifier/x.ts', 'export const x = () => document.title;', /no-restricted-globals/],
    ['src/popup/x.ts', "import { extractArticle } from '../extract/index.ts';\nexport const x = extractArticle;", /import\/no-restricted-paths/],
    ['src/popup/x.ts', "import browser from 'webextension-polyfill';\nexport const x = browser;", /no-restricted-imports/],
    ['src/content/x.ts', "import { JSDOM } from 'jsdom';\nexport const x = JSDOM;", /no-restricted-imports/],
    ['src/extract/x.ts', "import { main } from '../cli/main.ts';\nexport const x = main;", /import\/no-restricted-paths/],
    ['src/node/x.ts', "import { x as y } from '../eval/eval.ts';\nexport const x = y;", /import\/no-restricted-paths/],
    ['src/popup/x.ts', 'export const x = (e: HTMLElement, s: string) => { e.innerHTML = s; };', /no-unsanitized\/property/],
    ['src/platform/other.ts', "import browser from 'webextension-polyfill';\nexport const x = browser;", /no-restricted-imports/],
    ['src/options/x.ts', "import { renderArticle } from '../popup/render.ts';\nexport const x = renderArticle;", /import\/no-restricted-paths/],
    ['src/options/x.ts', "import browser from 'webextension-polyfill';\nexport const x = browser;", /no-restricted-imports/],
    ['src/popup/x.ts', "import { x as y } from '../options/options.ts';\nexport const x = y;", /import\/no-restricted-paths/],
    ['src/content/x.ts', "import { TARGETS } from '../bench/bench.ts';\nexport const x = TARGETS;", /import\/no-restricted-paths/],
    ['src/popup/x.ts', "import { summarize } from '../bench/stats.ts';\nexport const x = summarize;", /import\/no-restricted-paths/],
    ['src/eval/x.ts', "import { summarize } from '../bench/stats.ts';\nexport const x = summarize;", /import\/no-restricted-paths/],
    ['src/bench/x.ts', "import { main } from '../cli/main.ts';\nexport const x = main;", /import\/no-restricted-paths/],
    ['src/bench/x.ts', "import { renderArticle } from '../popup/render.ts';\nexport const x = renderArticle;", /import\/no-restricted-paths/],
  ])('%s: rejects %s', async (file, code, rule) => {
    expect((await problems(file, code)).join('\n')).toMatch(rule);
  });

  it.each([
    ['src/classifier/x.ts', "import { REASONS } from '../shared/reasons.ts';\nexport const x = REASONS;"],
    ['src/content/x.ts', "import { extractArticle } from '../extract/index.ts';\nexport const x = extractArticle;"],
    ['src/cli/x.ts', "import fs from 'node:fs';\nimport { classifyParagraphs } from '../classifier/index.ts';\nexport const x = [fs, classifyParagraphs];"],
    ['src/platform/browser.ts', "import browser from 'webextension-polyfill';\nexport const x = browser;"],
    ['src/bench/x.ts', "import { evenSample } from '../eval/args.ts';\nimport { extractArticle } from '../extract/index.ts';\nexport const x = [evenSample, extractArticle];"],
    ['src/options/x.ts', "import { t } from '../platform/i18n.ts';\nimport { readSiteRules } from '../shared/site-rules.ts';\nexport const x = [t, readSiteRules];"],
  ])('%s: allows %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
