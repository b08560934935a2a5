import { css } from 'lit';
import { color, font, radius, space } from '../styles/tokens.js';

export const styles = css`
  /* A forced theme must beat a page-wide --rtc-color-scheme, and reach slotted elements too, so
     it is set on the host — only when the page asked for it with the attribute. */
  :host([theme='dark']) {
    --rtc-color-scheme: dark;
  }
  :host([theme='light']) {
    --rtc-color-scheme: light;
  }
  [part='base'] {
    display: grid;
    grid-template-areas: 'top chat' 'stage chat' 'controls chat';
    grid-template-columns: minmax(0, 1fr) var(--rtc-room-chat-width, 18rem);
    grid-template-rows: auto minmax(0, 1fr) auto;
    gap: ${space.m};
    height: 100%;
    min-height: var(--rtc-room-min-height, 24rem);
    box-sizing: border-box;
    padding: ${space.m};
    color: ${color.text};
    background: var(--rtc-room-background, ${color.background});
    font-family: ${font.family};
  }
  :host([chat='off']) [part='base'],
  :host([minimal]) [part='base'] {
    grid-template-areas: 'top' 'stage' 'controls';
    grid-template-columns: minmax(0, 1fr);
  }
  .top {
    grid-area: top;
    display: flex;
    flex-direction: column;
    gap: ${space.s};
  }
  [part='connection-status'],
  [part='notice'] {
    margin: 0;
    padding: ${space.s} ${space.m};
    border-radius: ${radius.s};
    background: ${color.notice};
  }
  [part='notices'] {
    display: flex;
    flex-direction: column;
    gap: ${space.s};
  }
  [part='stage'] {
    grid-area: stage;
    display: flex;
    flex-direction: column;
    gap: ${space.s};
    min-height: 0;
  }
  [part='layout'] {
    flex: 1;
    min-height: 0;
  }
  [part='status'] {
    margin: 0;
    text-align: center;
    color: ${color.textMuted};
  }
  [part='controls'] {
    grid-area: controls;
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: ${space.s};
  }
  [part='chat'] {
    grid-area: chat;
    min-height: 0;
  }
  @media (max-width: 40rem) {
    [part='base'] {
      grid-template-areas: 'top' 'stage' 'controls' 'chat';
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: auto minmax(0, 1fr) auto minmax(12rem, 40%);
    }
    :host([chat='off']) [part='base'],
    :host([minimal]) [part='base'] {
      grid-template-areas: 'top' 'stage' 'controls';
      grid-template-rows: auto minmax(0, 1fr) auto;
    }
  }
`;
