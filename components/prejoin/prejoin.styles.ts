import { css } from 'lit';

export const styles = css`
  [part='base'] {
    box-sizing: border-box;
    display: grid;
    gap: var(--rtc-space-m, 12px);
    max-width: var(--rtc-prejoin-max-width, 32rem);
    margin-inline: auto;
    padding: var(--rtc-space-m, 12px);
    background: var(--rtc-color-surface, Canvas);
    color: var(--rtc-color-text, CanvasText);
    font-family: var(--rtc-font-family, system-ui, sans-serif);
  }
  [part='heading'] {
    margin: 0;
    font-size: 1.25rem;
  }
  [part='preview'] {
    position: relative;
    overflow: hidden;
    aspect-ratio: 16 / 9;
    border-radius: var(--rtc-radius-m, 8px);
    background: var(--rtc-color-surface-strong, #1f2329);
    color: #fff;
  }
  [part='video'] {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
    /* Your own picture, as a mirror shows you. */
    transform: scaleX(-1);
  }
  [part='camera-off'] {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
  }
  [part='meter'] {
    position: absolute;
    inset-inline: var(--rtc-space-s, 8px);
    inset-block-end: var(--rtc-space-s, 8px);
    height: 6px;
    overflow: hidden;
    border-radius: 3px;
    background: rgb(255 255 255 / 0.3);
  }
  [part='meter-bar'] {
    height: 100%;
    background: var(--rtc-color-accent, #2563eb);
    transform: scaleX(var(--level, 0));
    transform-origin: left;
  }
  :host(:dir(rtl)) [part='meter-bar'] {
    transform-origin: right;
  }
  [part='toggles'] {
    display: flex;
    gap: var(--rtc-space-s, 8px);
  }
  button,
  select,
  input {
    font: inherit;
    min-height: 2.5rem;
    border-radius: var(--rtc-radius-s, 4px);
  }
  [part~='camera-toggle'],
  [part~='microphone-toggle'] {
    flex: 1;
    border: 1px solid var(--rtc-color-border, color-mix(in srgb, currentColor 30%, transparent));
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  [aria-pressed='true'] {
    background: var(--rtc-color-accent, #2563eb);
    border-color: var(--rtc-color-accent, #2563eb);
    color: var(--rtc-color-on-accent, #fff);
  }
  [aria-pressed='false'] {
    text-decoration: line-through;
  }
  [part='error'] {
    color: var(--rtc-color-danger, #b91c1c);
    font-size: var(--rtc-font-size-s, 0.875rem);
  }
  [part='error'] p {
    margin: 0;
  }
  form {
    display: grid;
    gap: var(--rtc-space-s, 8px);
  }
  .field {
    display: grid;
    gap: 2px;
    font-size: var(--rtc-font-size-s, 0.875rem);
  }
  select,
  input {
    border: 1px solid var(--rtc-color-border, color-mix(in srgb, currentColor 30%, transparent));
    background: var(--rtc-color-surface, Canvas);
    color: inherit;
    min-width: 0;
  }
  [part='join-button'] {
    margin-block-start: var(--rtc-space-s, 8px);
    border: none;
    background: var(--rtc-color-accent, #2563eb);
    color: var(--rtc-color-on-accent, #fff);
    font-weight: 600;
    cursor: pointer;
  }
  button:focus-visible,
  select:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--rtc-color-accent, #2563eb);
    outline-offset: 2px;
  }
`;
