import { css } from 'lit';

export const styles = css`
  [part='base'] {
    font-family: var(--rtc-font-family, system-ui, sans-serif);
  }
  [part='list'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='participant'] {
    display: flex;
    align-items: center;
    gap: var(--rtc-space-s, 8px);
    padding: 4px 0;
  }
  [part='name'] {
    flex: 1;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [part='speaking'] {
    color: var(--rtc-color-accent, #2563eb);
  }
  [part='microphone-off'],
  [part='camera-off'] {
    display: inline-flex;
    color: var(--rtc-color-danger, #b91c1c);
  }
  [part='hand-button'] {
    padding: 2px var(--rtc-space-s, 8px);
    border: 1px solid var(--rtc-color-border, color-mix(in srgb, currentColor 30%, transparent));
    border-radius: var(--rtc-radius-s, 4px);
    background: transparent;
    color: inherit;
    font: inherit;
  }
  [part='hand-button'][aria-pressed='true'] {
    background: var(--rtc-color-accent, #2563eb);
    color: var(--rtc-color-on-accent, #fff);
  }
`;
