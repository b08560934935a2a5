import { css } from 'lit';

export const styles = css`
  [part='base'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: var(--rtc-space-s, 8px);
    padding: var(--rtc-space-s, 8px);
    background: var(--rtc-controls-background, transparent);
    font-family: var(--rtc-font-family, system-ui, sans-serif);
  }
  .reactions {
    position: relative;
  }
  [part='reactions-button'] {
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    gap: 2px;
    min-width: 4.5rem;
    padding: var(--rtc-space-s, 8px);
    border: 1px solid var(--rtc-color-border, color-mix(in srgb, currentColor 30%, transparent));
    border-radius: var(--rtc-radius-m, 8px);
    background: var(--rtc-color-surface, Canvas);
    color: var(--rtc-color-text, CanvasText);
    font: inherit;
    font-size: var(--rtc-font-size-s, 0.875rem);
    line-height: 1.2;
    cursor: pointer;
  }
  [part='reactions-button']:focus-visible {
    outline: 2px solid var(--rtc-color-accent, #2563eb);
    outline-offset: 2px;
  }
  [part='reactions-button']:disabled {
    cursor: not-allowed;
    opacity: 0.5;
  }
  [part='reactions-menu'] {
    position: absolute;
    inset-block-end: calc(100% + 4px);
    inset-inline-start: 50%;
    translate: -50% 0;
    display: flex;
    gap: 2px;
    padding: 4px;
    border: 1px solid var(--rtc-color-border, color-mix(in srgb, currentColor 30%, transparent));
    border-radius: var(--rtc-radius-m, 8px);
    background: var(--rtc-color-surface, Canvas);
    z-index: 1;
  }
  [part='reaction'] {
    padding: 4px;
    border: 0;
    background: transparent;
    font-size: 1.25rem;
    cursor: pointer;
  }
`;
