import { svg, type TemplateResult } from 'lit';

/** Material Design icon paths (Apache 2.0), 24×24. */
export const iconPaths = {
  microphone:
    'M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3zm5.3-3c0 3-2.54 5.1-5.3 5.1S6.7 14 6.7 11H5c0 3.41 2.72 6.23 6 6.72V21h2v-3.28c3.28-.48 6-3.3 6-6.72h-1.7z',
  camera: 'M17 10.5V7a1 1 0 0 0-1-1H4a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1v-3.5l4 4v-11z',
  screen:
    'M20 3H4a2 2 0 0 0-2 2v11a2 2 0 0 0 2 2h5v2h6v-2h5a2 2 0 0 0 2-2V5a2 2 0 0 0-2-2zm0 13H4V5h16zM12 7l-4 4h3v4h2v-4h3z',
  hand: 'M21 7a1.5 1.5 0 0 0-3 0v5h-1V3.5a1.5 1.5 0 0 0-3 0V11h-1V2.5a1.5 1.5 0 0 0-3 0V11H9V5.5a1.5 1.5 0 0 0-3 0v9.3l-2.2-2.3a1.5 1.5 0 0 0-2.2 2L7 21a4 4 0 0 0 3 1.5h6a5 5 0 0 0 5-5z',
  leave:
    'M12 9c-1.6 0-3.15.25-4.6.72v3.1c0 .39-.23.74-.56.9-.98.49-1.87 1.12-2.66 1.85a1 1 0 0 1-1.41-.01L.29 13.08a.96.96 0 0 1 0-1.36C3.34 8.78 7.46 7 12 7s8.66 1.78 11.71 4.72a1 1 0 0 1 0 1.42l-2.48 2.48a1 1 0 0 1-1.41.01 11.3 11.3 0 0 0-2.67-1.85 1 1 0 0 1-.56-.9v-3.1A14.7 14.7 0 0 0 12 9z',
  chat: 'M20 2H4a2 2 0 0 0-2 2v18l4-4h14a2 2 0 0 0 2-2V4a2 2 0 0 0-2-2z',
  people:
    'M16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm-8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm0 2c-2.33 0-7 1.17-7 3.5V19h14v-2.5C15 14.17 10.33 13 8 13zm8 0c-.29 0-.62.02-.97.05A4.2 4.2 0 0 1 17 16.5V19h6v-2.5c0-2.33-4.67-3.5-7-3.5z',
  smile:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zM8.5 8a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm7 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zM12 17.5c-2.3 0-4.3-1.5-5-3.5h10c-.7 2-2.7 3.5-5 3.5z',
} as const;

/** An icon for decoration (the button's text names it); `off` strikes it through. */
export function icon(name: keyof typeof iconPaths, off = false): TemplateResult {
  return svg`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
    <path fill="currentColor" fill-rule="evenodd" d=${iconPaths[name]}></path>
    ${off ? svg`<path d="M3 2l19 19" stroke="currentColor" stroke-width="2.2"></path>` : null}
  </svg>`;
}
