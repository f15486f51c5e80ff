// The browser half of `npm run bench` (src/bench/browser.ts) in real Chromium: our
// extension and the empty-popup floor, each through the real toolbar click, on two
// readability pages. Only what the bench reads is asserted, never how fast it was.
import { describe, expect, test } from 'vitest';
import { benchBrowser } from '../../src/bench/browser.ts';
import { availableCorpusSlugs, CHROMIUM_PATH, corpusMissingNote, EXTENSION_DIR, readabilityPagesDir } from './fixtures.ts';

const slugs = availableCorpusSlugs(['bbc-1', 'lemonde-1']);
const pagesDir = readabilityPagesDir();

describe.skipIf(slugs.length < 2 || !pagesDir)(
  slugs.length < 2 || !pagesDir ? `bench: Chromium clicks — ${corpusMissingNote()}` : 'bench: Chromium clicks, ours and the empty-popup floor',
  () => {
    test('times every click of both extensions from the click to the paint', async () => {
      const done: number[] = [];
      const b = await benchBrowser({ chromiumPath: CHROMIUM_PATH, extensionDir: EXTENSION_DIR, pagesDir: pagesDir!, slugs, progress: (n) => done.push(n) });
      expect(done).toEqual([1, 2]);
      expect(b.clicks.map((c) => c.slug)).toEqual(slugs);
      expect(b.floorClicks.map((c) => c.slug)).toEqual(slugs);
      for (const c of b.clicks) {
        expect(c.state, `${c.slug}: our popup showed the article`).toBe('done');
        expect(c.earlyRead).toBe(true);
        expect(c.contentMs).toBeGreaterThan(0);
        // navigation starts after the click, the article is in the DOM before its frame is painted
        expect(c.clickToPopupMs).toBeGreaterThan(0);
        expect(c.clickToShownMs!).toBeGreaterThan(c.clickToPopupMs);
        expect(c.clickToPaintMs!).toBeGreaterThanOrEqual(c.clickToShownMs!);
      }
      for (const f of b.floorClicks) {
        expect(f.clickToPaintMs, `${f.slug}: the floor popup painted`).not.toBeNull();
        expect(f.clickToPaintMs!).toBeGreaterThan(f.clickToPopupMs);
        // the floor runs none of our code: no content script, no early read
        expect(f.contentMs).toBeNull();
        expect(f.earlyRead).toBeNull();
      }
      expect(b.popupHeap?.usedBytes).toBeGreaterThan(0);
    });
  },
);
