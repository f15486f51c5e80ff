import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettingsSaver } from '../../../src/popup/settings-saver.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings.ts';

const size = (textSize: number): Settings => ({ ...DEFAULT_SETTINGS, textSize });

describe('settings saver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes at most once per wait, the newest value', async () => {
    const written: number[] = [];
    const saver = createSettingsSaver(async (s) => void written.push(s.textSize), 250);
    saver.save(size(18));
    saver.save(size(19));
    expect(written).toEqual([]);
    await vi.advanceTimersByTimeAsync(250);
    saver.save(size(20));
    await saver.flush();
    expect(written).toEqual([19, 20]);
  });

  it('recognises the late echo of an older write, so newer presses are not undone', async () => {
    const saver = createSettingsSaver(async () => {}, 250);
    saver.save(size(18));
    await saver.flush();
    saver.save(size(19)); // pressed again before storage reported the write of 18
    expect(saver.isOwnEcho(size(18))).toBe(true);
    await saver.flush();
    expect(saver.isOwnEcho(size(19))).toBe(true);
  });

  it('passes on changes made elsewhere, and each echo only once', async () => {
    const saver = createSettingsSaver(async () => {}, 250);
    expect(saver.isOwnEcho(size(22))).toBe(false); // the reader tab changed it
    saver.save(size(18));
    await saver.flush();
    expect(saver.isOwnEcho(size(18))).toBe(true);
    expect(saver.isOwnEcho(size(18))).toBe(false); // another window chose 18 too: show it
  });

  it('drops older unechoed writes once a newer one echoes (an unchanged value fires no event)', async () => {
    const saver = createSettingsSaver(async () => {}, 250);
    saver.save(size(18));
    await saver.flush();
    saver.save(size(19));
    await saver.flush();
    expect(saver.isOwnEcho(size(19))).toBe(true);
    expect(saver.isOwnEcho(size(18))).toBe(false);
  });

  it('compares normalised settings, whatever the key order', async () => {
    const saver = createSettingsSaver(async () => {}, 250);
    saver.save(size(18));
    await saver.flush();
    const { textSize, ...rest } = size(18);
    expect(saver.isOwnEcho({ textSize, ...rest } as Settings)).toBe(true);
  });
});
