import { css } from 'lit';

export const styles = css`
  [part='base'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--rtc-space-s, 8px);
    font-family: var(--rtc-font-family, system-ui, sans-serif);
  }
  [part='field'] {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-width: 0;
  }
  [part='select'] {
    max-width: 100%;
    padding: 4px var(--rtc-space-s, 8px);
    border: 1px solid var(--rtc-color-border, color-mix(in srgb, currentColor 30%, transparent));
    border-radius: var(--rtc-radius-s, 4px);
    font: inherit;
  }
`;
