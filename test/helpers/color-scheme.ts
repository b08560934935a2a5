import { emulateMedia } from '@web/test-runner-commands';
import { isFirefox } from './browser.js';

/**
 * Whether `prefers-color-scheme` can be emulated: only through Chromium's DevTools protocol.
 * Firefox runs over WebDriver BiDi, which has no such command.
 */
export const canEmulateColorScheme = !isFirefox;

/**
 * Shows the page in a colour scheme: by emulating `prefers-color-scheme` where the browser
 * can (Chromium), else by forcing it page-wide through `--rtc-color-scheme` on the root (the
 * token every element's `color-scheme` comes from), which renders the same colours.
 */
export async function useColorScheme(scheme: 'light' | 'dark' | 'no-preference'): Promise<void> {
  if (canEmulateColorScheme) return emulateMedia({ colorScheme: scheme });
  const root = document.documentElement.style;
  if (scheme === 'no-preference') root.removeProperty('--rtc-color-scheme');
  else root.setProperty('--rtc-color-scheme', scheme);
}
