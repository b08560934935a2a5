import { css } from 'lit';

export const styles = css`
  [part='base'] {
    position: relative;
    margin: 0;
    width: 100%;
    height: 100%;
    min-height: 0;
    overflow: hidden;
    aspect-ratio: var(--rtc-video-aspect-ratio, 16 / 9);
    border-radius: var(--rtc-video-radius, var(--rtc-radius-m, 8px));
    background: var(--rtc-video-background, var(--rtc-color-surface-strong, #1f2329));
    color: var(--rtc-video-color, #fff);
    font-family: var(--rtc-font-family, system-ui, sans-serif);
  }
  [part='video'] {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: var(--rtc-video-fit, cover);
  }
  :host(:state(mirrored)) [part='video'] {
    transform: scaleX(-1);
  }
  [part='placeholder'] {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    font-size: var(--rtc-video-initials-size, 2rem);
    font-weight: 600;
  }
  [part='connection-status'] {
    position: absolute;
    inset-block-start: var(--rtc-space-s, 8px);
    inset-inline-start: var(--rtc-space-s, 8px);
    padding: 2px var(--rtc-space-s, 8px);
    border-radius: var(--rtc-radius-s, 4px);
    background: var(--rtc-video-name-background, rgb(0 0 0 / 0.6));
    font-size: var(--rtc-font-size-s, 0.875rem);
  }
  [part='name-tag'] {
    position: absolute;
    inset-inline-start: var(--rtc-space-s, 8px);
    inset-block-end: var(--rtc-space-s, 8px);
    max-width: calc(100% - 2 * var(--rtc-space-s, 8px));
    padding: 2px var(--rtc-space-s, 8px);
    overflow: hidden;
    border-radius: var(--rtc-radius-s, 4px);
    background: var(--rtc-video-name-background, rgb(0 0 0 / 0.6));
    font-size: var(--rtc-font-size-s, 0.875rem);
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  [part='muted-indicator'] {
    margin-inline-start: 0.5em;
    opacity: 0.85;
  }
  :host(:state(speaking)) [part='base'] {
    outline: 3px solid var(--rtc-video-speaking-color, var(--rtc-color-speaking, #22c55e));
    outline-offset: -3px;
  }
  [part='hand'] {
    position: absolute;
    inset-block-start: var(--rtc-space-s, 8px);
    inset-inline-end: var(--rtc-space-s, 8px);
    padding: 2px var(--rtc-space-s, 8px);
    border-radius: var(--rtc-radius-s, 4px);
    background: var(--rtc-video-name-background, rgb(0 0 0 / 0.6));
  }
  [part='reaction'] {
    position: absolute;
    inset-inline-end: var(--rtc-space-s, 8px);
    inset-block-end: var(--rtc-space-s, 8px);
    font-size: 2.5rem;
    line-height: 1;
    pointer-events: none;
  }
  [part='start-audio'] {
    position: absolute;
    inset: 0;
    width: fit-content;
    height: fit-content;
    margin: auto;
    padding: var(--rtc-space-s, 8px) calc(2 * var(--rtc-space-s, 8px));
    border: none;
    border-radius: var(--rtc-radius-s, 4px);
    background: var(--rtc-color-accent, #2563eb);
    color: var(--rtc-color-on-accent, #fff);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
`;
