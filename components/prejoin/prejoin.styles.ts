import { css } from 'lit';
import { color, font, radius, space } from '../styles/tokens.js';

export const styles = css`
  [part='base'] {
    box-sizing: border-box;
    display: grid;
    gap: ${space.m};
    max-width: var(--rtc-prejoin-max-width, 32rem);
    margin-inline: auto;
    padding: ${space.m};
    background: ${color.surface};
    color: ${color.text};
    font-family: ${font.family};
  }
  [part='heading'] {
    margin: 0;
    font-size: 1.25rem;
  }
  [part='preview'] {
    position: relative;
    overflow: hidden;
    aspect-ratio: 16 / 9;
    border-radius: ${radius.m};
    background: ${color.media};
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
    inset-inline: ${space.s};
    inset-block-end: ${space.s};
    height: 6px;
    overflow: hidden;
    border-radius: 3px;
    background: rgb(255 255 255 / 0.3);
  }
  [part='meter-bar'] {
    height: 100%;
    background: ${color.accent};
    transform: scaleX(var(--level, 0));
    transform-origin: left;
  }
  :host(:dir(rtl)) [part='meter-bar'] {
    transform-origin: right;
  }
  [part='toggles'] {
    display: flex;
    gap: ${space.s};
  }
  button,
  select,
  input {
    font: inherit;
    min-height: 2.5rem;
    border-radius: ${radius.s};
  }
  [part~='camera-toggle'],
  [part~='microphone-toggle'] {
    flex: 1;
    border: 1px solid ${color.border};
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  [aria-pressed='true'] {
    background: ${color.accent};
    border-color: ${color.accent};
    color: ${color.onAccent};
  }
  [aria-pressed='false'] {
    text-decoration: line-through;
  }
  [part='error'] {
    color: ${color.danger};
    font-size: ${font.sizeS};
  }
  [part='error'] p {
    margin: 0;
  }
  form {
    display: grid;
    gap: ${space.s};
  }
  .field {
    display: grid;
    gap: 2px;
    font-size: ${font.sizeS};
  }
  select,
  input {
    border: 1px solid ${color.border};
    background: ${color.surface};
    color: inherit;
    min-width: 0;
  }
  [part='join-button'] {
    margin-block-start: ${space.s};
    border: none;
    background: ${color.accent};
    color: ${color.onAccent};
    font-weight: 600;
    cursor: pointer;
  }
  button:focus-visible,
  select:focus-visible,
  input:focus-visible {
    outline: 2px solid ${color.focus};
    outline-offset: 2px;
  }
`;
