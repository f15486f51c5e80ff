// The bench's floor extension (src/bench/floor-extension.ts): an empty popup that marks
// its first paint as ours does. Its real click is in tests/e2e/bench.chromium.e2e.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLOOR_POPUP, floorExtensionFiles, writeFloorExtension } from '../../../src/bench/floor-extension.ts';
import { MARK_ARTICLE_PAINTED, MARK_ARTICLE_SHOWN } from '../../../src/shared/bench-marks.ts';

describe('bench floor extension', () => {
  it('is a Manifest V3 extension with a popup and no permissions', () => {
    const files = floorExtensionFiles();
    const manifest = JSON.parse(files['manifest.json']!) as Record<string, unknown>;
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.action).toMatchObject({ default_popup: FLOOR_POPUP });
    expect(manifest).not.toHaveProperty('permissions');
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('content_scripts');
    // extension pages may not run inline script: the popup loads its one file
    expect(files[FLOOR_POPUP]).toMatch(/<script src="floor\.js"><\/script>/);
    expect(files[FLOOR_POPUP]).not.toMatch(/<script>/);
  });

  it('marks "shown" at once and "painted" only in the task after the next frame, as the popup does', () => {
    const marks: string[] = [];
    const frames: (() => void)[] = [];
    const tasks: (() => void)[] = [];
    const run = new Function('performance', 'requestAnimationFrame', 'setTimeout', floorExtensionFiles()['floor.js']!);
    run({ mark: (name: string) => marks.push(name) }, (f: () => void) => frames.push(f), (f: () => void) => tasks.push(f));
    expect(marks).toEqual([MARK_ARTICLE_SHOWN]);
    frames.splice(0).forEach((f) => f());
    expect(marks, 'not before the frame has been painted').toEqual([MARK_ARTICLE_SHOWN]);
    tasks.splice(0).forEach((f) => f());
    expect(marks).toEqual([MARK_ARTICLE_SHOWN, MARK_ARTICLE_PAINTED]);
  });

  it('writes its files to a temporary folder and removes them', () => {
    const floor = writeFloorExtension();
    try {
      expect(fs.readdirSync(floor.dir).sort()).toEqual(Object.keys(floorExtensionFiles()).sort());
      expect(fs.readFileSync(path.join(floor.dir, 'floor.js'), 'utf8')).toBe(floorExtensionFiles()['floor.js']);
    } finally {
      floor.remove();
    }
    expect(fs.existsSync(floor.dir)).toBe(false);
  });
});
