import { css } from 'lit';

export const styles = css`
  [part='base'] {
    display: grid;
    grid-template-areas: 'notices notices' 'stage chat';
    grid-template-columns: minmax(0, 1fr) var(--rtc-room-chat-width, 18rem);
    grid-template-rows: auto minmax(0, 1fr);
    gap: var(--rtc-space-m, 12px);
    height: 100%;
    min-height: var(--rtc-room-min-height, 24rem);
    box-sizing: border-box;
    padding: var(--rtc-space-m, 12px);
    color: var(--rtc-color-text, CanvasText);
    background: var(--rtc-room-background, var(--rtc-color-background, Canvas));
    font-family: var(--rtc-font-family, system-ui, sans-serif);
    color-scheme: light dark;
  }
  [part='notices'],
  [part='connection-status'] {
    grid-area: notices;
  }
  [part='connection-status'] {
    margin: 0;
    padding: var(--rtc-space-s, 8px) var(--rtc-space-m, 12px);
    border-radius: var(--rtc-radius-s, 4px);
    background: var(--rtc-color-notice, color-mix(in srgb, #f59e0b 20%, Canvas));
  }
  [part='chat'] {
    grid-area: chat;
    min-height: 0;
  }
  [part='notice'] {
    margin: 0 0 var(--rtc-space-s, 8px);
    padding: var(--rtc-space-s, 8px) var(--rtc-space-m, 12px);
    border-radius: var(--rtc-radius-s, 4px);
    background: var(--rtc-color-notice, color-mix(in srgb, #f59e0b 20%, Canvas));
  }
  [part='stage'] {
    grid-area: stage;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
    /* safe: when the tiles overflow, scroll from the top instead of cutting the top off */
    align-content: safe center;
    gap: var(--rtc-space-s, 8px);
    min-height: 0;
    overflow: auto;
  }
  [part='status'] {
    grid-column: 1 / -1;
    margin: 0;
    text-align: center;
    opacity: 0.75;
  }
  @media (max-width: 40rem) {
    [part='base'] {
      grid-template-areas: 'notices' 'stage' 'chat';
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: auto minmax(0, 1fr) minmax(12rem, 40%);
    }
  }
`;
