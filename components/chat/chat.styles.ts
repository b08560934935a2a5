import { css } from 'lit';

export const styles = css`
  [part='base'] {
    display: flex;
    flex-direction: column;
    height: 100%;
    min-height: 12rem;
    box-sizing: border-box;
    border-radius: var(--rtc-chat-radius, var(--rtc-radius-m, 8px));
    background: var(--rtc-chat-background, var(--rtc-color-surface, Canvas));
    color: var(--rtc-chat-color, var(--rtc-color-text, CanvasText));
    font-family: var(--rtc-font-family, system-ui, sans-serif);
  }
  :host(:state(dragging)) [part='base'] {
    outline: 2px dashed var(--rtc-color-accent, #2563eb);
    outline-offset: -4px;
  }
  [part='messages'] {
    flex: 1;
    margin: 0;
    padding: var(--rtc-space-s, 8px);
    overflow-y: auto;
  }
  [part~='message'],
  [part~='file'],
  [part='empty'] {
    margin: 0 0 var(--rtc-space-s, 8px);
    overflow-wrap: anywhere;
  }
  [part='message-name'] {
    font-weight: 600;
  }
  [part='message-tag'] {
    margin-inline-start: 0.4em;
    font-size: var(--rtc-font-size-s, 0.875rem);
    opacity: 0.75;
  }
  [part='message-text'] {
    display: block;
    white-space: pre-wrap;
  }
  [part='link'] {
    color: var(--rtc-color-link, LinkText);
  }
  [part='reactions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin-block-start: 2px;
  }
  [part='reaction'],
  [part='react-button'],
  [part='reaction-choice'],
  [part~='file'] button {
    padding: 1px 6px;
    font: inherit;
    font-size: var(--rtc-font-size-s, 0.875rem);
    color: inherit;
    background: transparent;
    border: 1px solid var(--rtc-color-border, color-mix(in srgb, currentColor 30%, transparent));
    border-radius: 999px;
    cursor: pointer;
  }
  [part='reaction'][aria-pressed='true'] {
    background: color-mix(in srgb, var(--rtc-color-accent, #2563eb) 20%, transparent);
  }
  [part~='file'] {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 2px var(--rtc-space-s, 8px);
    padding: var(--rtc-space-s, 8px);
    border: 1px solid var(--rtc-color-border, color-mix(in srgb, currentColor 20%, transparent));
    border-radius: var(--rtc-radius-s, 4px);
  }
  [part='file-title'],
  [part='file-progress'],
  [part='file-status'],
  [part='file-preview'] {
    grid-column: 1 / -1;
  }
  [part='file-name'] {
    font-weight: 600;
  }
  [part='file-progress'] {
    width: 100%;
  }
  [part='file-preview'] {
    max-width: 100%;
    max-height: 12rem;
    object-fit: contain;
  }
  [part='typing'],
  [part='error'] {
    min-height: 1.2em;
    margin: 0;
    padding: 0 var(--rtc-space-s, 8px);
    font-size: var(--rtc-font-size-s, 0.875rem);
    opacity: 0.8;
  }
  [part='error'] {
    color: var(--rtc-color-danger, #b91c1c);
    opacity: 1;
  }
  [part='form'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--rtc-space-s, 8px);
    padding: var(--rtc-space-s, 8px);
    border-block-start: 1px solid var(--rtc-color-border, color-mix(in srgb, currentColor 20%, transparent));
  }
  [part='input'] {
    flex: 1 1 8rem;
    min-width: 0;
  }
  [part='input'],
  [part='recipient'] {
    padding: 6px 8px;
    font: inherit;
    border: 1px solid var(--rtc-color-border, color-mix(in srgb, currentColor 30%, transparent));
    border-radius: var(--rtc-radius-s, 4px);
  }
  [part='send-button'],
  [part='attach-button'] {
    padding: 6px 12px;
    font: inherit;
    border: none;
    border-radius: var(--rtc-radius-s, 4px);
    cursor: pointer;
  }
  [part='send-button'] {
    color: var(--rtc-color-on-accent, #fff);
    background: var(--rtc-color-accent, #2563eb);
  }
  [part='attach-button'] {
    color: inherit;
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
  [part='send-button']:disabled,
  [part='attach-button']:disabled {
    opacity: 0.6;
    cursor: default;
  }
`;
