// The reader's settings: what they are, their defaults, and how a stored value
// (possibly from an older version, another browser's sync, or hand-edited) becomes
// a valid Settings. Pure: the popup applies them, src/platform stores them.

export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export const FONTS = ['serif', 'sans'] as const;
export const LINE_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const LINE_HEIGHTS = ['compact', 'normal', 'loose'] as const;
/** Text size in CSS px; every whole number in the range has a rule in theme.css. */
export const TEXT_SIZE = { min: 14, max: 24, step: 1 } as const;

export type Theme = (typeof THEMES)[number];
export type Font = (typeof FONTS)[number];
export type LineWidth = (typeof LINE_WIDTHS)[number];
export type LineHeight = (typeof LINE_HEIGHTS)[number];

export interface Settings {
  /** the shape of the stored object; readSettings upgrades older ones */
  version: typeof SETTINGS_VERSION;
  theme: Theme;
  font: Font;
  textSize: number;
  lineWidth: LineWidth;
  lineHeight: LineHeight;
}

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  theme: 'system',
  font: 'serif',
  textSize: 17,
  lineWidth: 'medium',
  lineHeight: 'normal',
});

/** The storage key (storage.sync where the browser has it, else storage.local). */
export const SETTINGS_KEY = 'settings';

const oneOf = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

/**
 * Other names for the same choices (as other readers and CSS spell them), so a value
 * written by hand or by a later build degrades to the nearest choice, not the default.
 */
const ALIASES: Record<string, string> = {
  auto: 'system',
  os: 'system',
  'sans-serif': 'sans',
  sansserif: 'sans',
  night: 'dark',
  black: 'dark',
  day: 'light',
  white: 'light',
};
const alias = (v: unknown) => (typeof v === 'string' ? (ALIASES[v.trim().toLowerCase()] ?? v.trim().toLowerCase()) : v);

function textSizeOf(value: unknown): number {
  const n = typeof value === 'string' ? Number.parseFloat(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return DEFAULT_SETTINGS.textSize;
  return Math.min(TEXT_SIZE.max, Math.max(TEXT_SIZE.min, Math.round(n)));
}

/**
 * Any stored value to valid Settings: missing or unknown fields take their default,
 * out-of-range sizes are clamped, known aliases are mapped. Never throws.
 */
export function readSettings(stored: unknown): Settings {
  const raw = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  return {
    version: SETTINGS_VERSION,
    theme: oneOf(THEMES, alias(raw.theme), DEFAULT_SETTINGS.theme),
    font: oneOf(FONTS, alias(raw.font), DEFAULT_SETTINGS.font),
    textSize: textSizeOf(raw.textSize),
    lineWidth: oneOf(LINE_WIDTHS, alias(raw.lineWidth), DEFAULT_SETTINGS.lineWidth),
    lineHeight: oneOf(LINE_HEIGHTS, alias(raw.lineHeight), DEFAULT_SETTINGS.lineHeight),
  };
}

/** The data attributes on <html> that theme.css keys on. */
export function settingsAttributes(s: Settings): Record<'theme' | 'font' | 'size' | 'width' | 'leading', string> {
  return { theme: s.theme, font: s.font, size: String(s.textSize), width: s.lineWidth, leading: s.lineHeight };
}
