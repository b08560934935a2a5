import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The design tokens every element reads: one place for the names and the defaults.
 *
 * Each token is `var(--rtc-<name>, <default>)`, never a declaration, so a page themes every
 * element at once from `:root` (or any ancestor) and the defaults apply where it does not.
 * Colours are `light-dark()` pairs: they follow the `color-scheme` that each element's base
 * takes from `--rtc-color-scheme` (default `light dark`, i.e. the person's
 * `prefers-color-scheme`; `<rtc-room theme="dark">` forces one).
 */
function token(name: string, fallback: string): CSSResult {
  return unsafeCSS(`var(--rtc-${name}, ${fallback})`);
}

/** Colours. Each default is a light/dark pair with WCAG AA contrast against its background. */
export const color = {
  /** Behind the whole call. */
  background: token('color-background', 'light-dark(#f3f4f6, #0f1115)'),
  /** Panels (the chat). */
  surface: token('color-surface', 'light-dark(#ffffff, #1a1d23)'),
  /** Behind a video picture and the initials; dark in both schemes, like a screen. */
  media: token('color-media', 'light-dark(#1f2329, #262a31)'),
  /** Text on `media`. */
  onMedia: token('color-on-media', '#ffffff'),
  /** Behind text laid over a picture (name tags, pin buttons). */
  scrim: token('color-scrim', 'rgb(0 0 0 / 0.6)'),
  text: token('color-text', 'light-dark(#15171a, #eceef1)'),
  /** Secondary text ("Waiting for others to join", typing). */
  textMuted: token('color-text-muted', 'light-dark(#4a5260, #aab1bc)'),
  /** Borders of inputs and tiles: 3:1 against the surface, as WCAG asks of control edges. */
  border: token('color-border', 'light-dark(#8a93a0, #6b7380)'),
  accent: token('color-accent', 'light-dark(#1d4ed8, #8ab0ff)'),
  /** Text on `accent`. */
  onAccent: token('color-on-accent', 'light-dark(#ffffff, #0b1020)'),
  /** Behind notices ("Reconnecting…", a blocked camera). */
  notice: token('color-notice', 'light-dark(#fdf0c6, #3d3210)'),
  danger: token('color-danger', 'light-dark(#b42318, #ff9b93)'),
  link: token('color-link', 'light-dark(#1d4ed8, #9dbcff)'),
  /** The ring around the tile of someone speaking: 3:1 against the page in both schemes. */
  speaking: token('color-speaking', 'light-dark(#15803d, #4ade80)'),
  /** The keyboard focus ring (falls back to `--rtc-color-accent`). */
  focus: token('color-focus', 'var(--rtc-color-accent, light-dark(#1d4ed8, #8ab0ff))'),
} as const;

export const radius = {
  s: token('radius-s', '4px'),
  m: token('radius-m', '8px'),
  l: token('radius-l', '12px'),
} as const;

export const space = {
  xs: token('space-xs', '4px'),
  s: token('space-s', '8px'),
  m: token('space-m', '12px'),
  l: token('space-l', '16px'),
} as const;

export const font = {
  family: token('font-family', 'system-ui, sans-serif'),
  sizeS: token('font-size-s', '0.875rem'),
  sizeM: token('font-size-m', '1rem'),
} as const;

/** `light dark` (follow the person's preference), `light` or `dark`. */
export const colorScheme = token('color-scheme', 'light dark');
