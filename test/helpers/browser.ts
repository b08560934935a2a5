/** Whether the browser suite is running in Firefox (over WebDriver BiDi) rather than Chromium. */
export const isFirefox = navigator.userAgent.includes('Firefox');
