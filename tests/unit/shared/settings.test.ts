import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, SETTINGS_VERSION, settingsAttributes, TEXT_SIZE } from '../../../src/shared/settings.ts';

describe('readSettings', () => {
  it('gives the defaults for nothing stored, or for something that is not an object', () => {
    for (const stored of [undefined, null, 'dark', 42, [], true]) expect(readSettings(stored)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({ version: SETTINGS_VERSION, theme: 'system', font: 'serif', textSize: 17, lineWidth: 'medium', lineHeight: 'normal' });
  });

  it('keeps every valid choice', () => {
    const s = { version: 1, theme: 'sepia', font: 'sans', textSize: 22, lineWidth: 'narrow', lineHeight: 'loose' };
    expect(readSettings(s)).toEqual(s);
  });

  it('fills what is missing and replaces what is unknown, field by field', () => {
    expect(readSettings({ theme: 'dark' })).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(readSettings({ theme: 'neon', font: 'comic', lineWidth: 7, lineHeight: null, textSize: 19 })).toEqual({ ...DEFAULT_SETTINGS, textSize: 19 });
  });

  it('clamps and rounds the text size, and reads it from a string', () => {
    expect(readSettings({ textSize: 8 }).textSize).toBe(TEXT_SIZE.min);
    expect(readSettings({ textSize: 99 }).textSize).toBe(TEXT_SIZE.max);
    expect(readSettings({ textSize: 18.6 }).textSize).toBe(19);
    expect(readSettings({ textSize: '20px' }).textSize).toBe(20);
    expect(readSettings({ textSize: Number.NaN }).textSize).toBe(DEFAULT_SETTINGS.textSize);
    expect(readSettings({ textSize: 'large' }).textSize).toBe(DEFAULT_SETTINGS.textSize);
  });

  it('maps other names for the same choice (and ignores case and spaces)', () => {
    expect(readSettings({ theme: 'auto', font: 'sans-serif' })).toMatchObject({ theme: 'system', font: 'sans' });
    expect(readSettings({ theme: ' Night ' }).theme).toBe('dark');
    expect(readSettings({ theme: 'LIGHT' }).theme).toBe('light');
  });

  it('upgrades any stored version to the current shape, dropping unknown keys', () => {
    const upgraded = readSettings({ version: 0, theme: 'dark', colour: 'red' });
    expect(upgraded.version).toBe(SETTINGS_VERSION);
    expect(upgraded).not.toHaveProperty('colour');
    expect(readSettings({ version: 99, theme: 'sepia' })).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia' });
  });
});

describe('settingsAttributes', () => {
  it('names the data attributes theme.css keys on', () => {
    expect(settingsAttributes({ ...DEFAULT_SETTINGS, theme: 'dark', textSize: 20 })).toEqual({ theme: 'dark', font: 'serif', size: '20', width: 'medium', leading: 'normal' });
  });
});
