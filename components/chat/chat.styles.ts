import { css } from 'lit';
import { color, font, radius, space } from '../styles/tokens.js';

export const styles = css`
  [part='base'] {
    display: flex;
    flex-direction: column;
    height: 100%;
    min-height: 12rem;
    box-sizing: border-box;
    border-radius: var(--rtc-chat-radius, ${radius.m});
    background: var(--rtc-chat-background, ${color.surface});
    color: var(--rtc-chat-color, ${color.text});
    font-family: ${font.family};
  }
  :host(:state(dragging)) [part='base'] {
    outline: 2px dashed ${color.accent};
    outline-offset: -4px;
  }
  [part='messages'] {
    flex: 1;
    margin: 0;
    padding: ${space.s};
    overflow-y: auto;
  }
  [part~='message'],
  [part~='file'],
  [part='empty'] {
    margin: 0 0 ${space.s};
    overflow-wrap: anywhere;
  }
  [part='message-name'] {
    font-weight: 600;
  }
  [part='message-tag'] {
    margin-inline-start: 0.4em;
    font-size: ${font.sizeS};
    color: ${color.textMuted};
  }
  [part='message-text'] {
    display: block;
    white-space: pre-wrap;
  }
  [part='link'] {
    color: ${color.link};
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
    font-size: ${font.sizeS};
    color: inherit;
    background: transparent;
    border: 1px solid ${color.border};
    border-radius: 999px;
    cursor: pointer;
  }
  [part='reaction'][aria-pressed='true'] {
    background: color-mix(in srgb, ${color.accent} 20%, transparent);
  }
  [part~='file'] {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 2px ${space.s};
    padding: ${space.s};
    border: 1px solid ${color.border};
    border-radius: ${radius.s};
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
    padding: 0 ${space.s};
    font-size: ${font.sizeS};
    color: ${color.textMuted};
  }
  [part='error'] {
    color: ${color.danger};
  }
  [part='form'] {
    display: flex;
    flex-wrap: wrap;
    gap: ${space.s};
    padding: ${space.s};
    border-block-start: 1px solid ${color.border};
  }
  /* Two rows in a narrow panel: who to send to and the attach button, then the input and Send. */
  [part='recipient'] {
    flex: 1 1 8rem;
  }
  [part='input'] {
    flex: 1 1 8rem;
    min-width: 0;
  }
  [part='input'],
  [part='recipient'] {
    padding: 6px 8px;
    font: inherit;
    color: inherit;
    background: ${color.surface};
    border: 1px solid ${color.border};
    border-radius: ${radius.s};
  }
  [part='send-button'],
  [part='attach-button'] {
    padding: 6px 12px;
    font: inherit;
    border: none;
    border-radius: ${radius.s};
    cursor: pointer;
  }
  [part='send-button'] {
    color: ${color.onAccent};
    background: ${color.accent};
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
