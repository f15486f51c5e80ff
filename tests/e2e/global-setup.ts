// Runs once before the browser tests: fails at once, with the fix, when something they need is missing.
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM_PATH, EXTENSION_DIR, FIREFOX_PATH, PROJECT_ROOT } from './fixtures.ts';

const BUILT = ['manifest.json', 'popup.html', 'early-read.js', 'popup.js', 'popup.css', 'content.js', 'content-whole-page.js', 'reader.html', 'options.html', 'options.js', 'theme.css', '_locales/en/messages.json'];

function shown(p: string): string {
  const rel = path.relative(PROJECT_ROOT, p);
  return rel && !rel.startsWith('..') ? rel : p;
}

export default function setup(): void {
  const problems: string[] = [];
  const missing = BUILT.filter((f) => !fs.existsSync(path.join(EXTENSION_DIR, f)));
  if (missing.length) {
    problems.push(
      `The built extension is incomplete: ${shown(EXTENSION_DIR)} lacks ${missing.join(', ')}.\n` +
        `  Fix: node build.mjs   (or npm run build)`,
    );
  }
  const browsers = [
    ['Chromium', CHROMIUM_PATH, 'CHROMIUM_PATH'],
    ['Firefox ESR', FIREFOX_PATH, 'FIREFOX_PATH'],
  ].filter(([, p]) => !fs.existsSync(p!));
  for (const [name, p, env] of browsers) {
    problems.push(
      `${name} is not installed at ${p} (set ${env} if it lives elsewhere).\n` +
        `  Fix: apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium firefox-esr\n` +
        `  (never npm "puppeteer" or "npx playwright install": they download browsers)`,
    );
  }
  if (problems.length) {
    throw new Error(`\nThe browser tests cannot run:\n\n${problems.join('\n\n')}\n`);
  }
}
