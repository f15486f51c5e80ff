// The browser's floor for `npm run bench`: an extension whose popup does nothing but
// paint one line and set the same marks as ours (src/popup/bench-marks.ts), the same way.
// Clicked in the same browser, on the same pages, between our clicks, it shows how long
// the browser takes to open and paint any extension popup at all, before one line of an
// extension's code has run. Written to a temporary folder at bench time; no permissions.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MARK_ARTICLE_PAINTED, MARK_ARTICLE_SHOWN } from '../shared/bench-marks.ts';

export const FLOOR_POPUP = 'popup.html';

export function floorExtensionFiles(): Record<string, string> {
  const manifest = {
    manifest_version: 3,
    name: 'Article Cleaner bench floor',
    version: '1.0',
    description: 'An empty popup: what the browser alone takes to open one.',
    action: { default_popup: FLOOR_POPUP, default_title: 'Bench floor' },
  };
  return {
    'manifest.json': `${JSON.stringify(manifest, null, 2)}\n`,
    // A line of text in a popup about the size of ours, so the first paint has something to paint.
    [FLOOR_POPUP]: '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Bench floor</title></head>\n'
      + '<body style="width: 420px; min-height: 300px; font: 16px sans-serif"><p>An empty popup.</p><script src="floor.js"></script></body></html>\n',
    'floor.js': `performance.mark(${JSON.stringify(MARK_ARTICLE_SHOWN)});\n`
      + `requestAnimationFrame(() => setTimeout(() => performance.mark(${JSON.stringify(MARK_ARTICLE_PAINTED)}), 0));\n`,
  };
}

/** Writes the floor extension into a new temporary folder; remove() deletes it. */
export function writeFloorExtension(): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-cleaner-floor-'));
  for (const [name, text] of Object.entries(floorExtensionFiles())) fs.writeFileSync(path.join(dir, name), text);
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
