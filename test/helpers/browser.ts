/** Whether the browser suite is running in Firefox (over WebDriver BiDi) rather than Chromium. */
export const isFirefox = navigator.userAgent.includes('Firefox');

/**
 * A test of something only Chromium's fake devices have (a second camera, a screen to share).
 * In Firefox it runs `lacks` instead, which checks that Firefox still lacks it and what a person
 * without it sees — so the run says what was not covered there, and the check fails (and the
 * test gets turned on) the day Firefox has it.
 */
export function needsChromiumFakes(
  name: string,
  what: string,
  lacks: () => Promise<void>,
  test: () => Promise<void>,
): void {
  if (isFirefox) it(`${name} — not in Firefox: its fake devices have no ${what} (checked)`, lacks);
  else it(name, test);
}
