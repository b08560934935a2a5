import { css } from 'lit';

/** The look of every control button: a toggle, the leave button, the reactions button. */
export const toggleStyles = css`
  :host {
    display: inline-block;
  }
  [part~='base'] {
    position: relative;
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    gap: 2px;
    min-width: 4.5rem;
    padding: var(--rtc-space-s, 8px);
    border: 1px solid var(--rtc-color-border, color-mix(in srgb, currentColor 30%, transparent));
    border-radius: var(--rtc-control-radius, var(--rtc-radius-m, 8px));
    background: var(--rtc-control-background, var(--rtc-color-surface, Canvas));
    color: var(--rtc-control-color, var(--rtc-color-text, CanvasText));
    font-family: var(--rtc-font-family, system-ui, sans-serif);
    font-size: var(--rtc-font-size-s, 0.875rem);
    line-height: 1.2;
    cursor: pointer;
  }
  [part~='base'][aria-pressed='true'] {
    border-color: transparent;
    background: var(--rtc-control-pressed-background, var(--rtc-color-accent, #2563eb));
    color: var(--rtc-control-pressed-color, var(--rtc-color-on-accent, #fff));
  }
  [part~='base'].alarm {
    border-color: transparent;
    background: var(--rtc-control-off-background, var(--rtc-color-danger, #b91c1c));
    color: var(--rtc-control-off-color, #fff);
  }
  [part~='base']:focus-visible {
    outline: 2px solid var(--rtc-color-accent, #2563eb);
    outline-offset: 2px;
  }
  [part~='base'][aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  [part~='base']:disabled {
    cursor: not-allowed;
    opacity: 0.5;
  }
  [part='icon'] {
    display: inline-flex;
  }
`;
