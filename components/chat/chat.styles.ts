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
  [part='messages'] {
    flex: 1;
    margin: 0;
    padding: var(--rtc-space-s, 8px);
    overflow-y: auto;
  }
  [part='message'],
  [part='empty'] {
    margin: 0 0 var(--rtc-space-s, 8px);
    overflow-wrap: anywhere;
  }
  [part='message-name'] {
    display: block;
    font-weight: 600;
  }
  [part='message-text'] {
    white-space: pre-wrap;
  }
  [part='empty'] {
    opacity: 0.7;
  }
  [part='form'] {
    display: flex;
    gap: var(--rtc-space-s, 8px);
    padding: var(--rtc-space-s, 8px);
    border-block-start: 1px solid var(--rtc-color-border, color-mix(in srgb, currentColor 20%, transparent));
  }
  [part='input'] {
    flex: 1;
    min-width: 0;
    padding: 6px 8px;
    font: inherit;
    border: 1px solid var(--rtc-color-border, color-mix(in srgb, currentColor 30%, transparent));
    border-radius: var(--rtc-radius-s, 4px);
  }
  [part='send-button'] {
    padding: 6px 12px;
    font: inherit;
    color: var(--rtc-color-on-accent, #fff);
    background: var(--rtc-color-accent, #2563eb);
    border: none;
    border-radius: var(--rtc-radius-s, 4px);
    cursor: pointer;
  }
  [part='send-button']:disabled {
    opacity: 0.6;
    cursor: default;
  }
`;
