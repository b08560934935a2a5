import { css } from 'lit';
import { color, font, radius, space } from '../styles/tokens.js';

export const styles = css`
  [part='base'] {
    position: relative;
    margin: 0;
    width: 100%;
    height: 100%;
    min-height: 0;
    overflow: hidden;
    aspect-ratio: var(--rtc-video-aspect-ratio, 16 / 9);
    border-radius: var(--rtc-video-radius, ${radius.m});
    background: var(--rtc-video-background, ${color.media});
    color: var(--rtc-video-color, ${color.onMedia});
    font-family: ${font.family};
  }
  [part='video'] {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: var(--rtc-video-fit, cover);
  }
  :host(:state(screen)) [part='video'] {
    object-fit: var(--rtc-video-screen-fit, contain);
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
  [part='connection-status'],
  [part='name-tag'] {
    position: absolute;
    inset-inline-start: ${space.s};
    max-width: calc(100% - 2 * ${space.s});
    box-sizing: border-box;
    padding: 2px ${space.s};
    overflow: hidden;
    border-radius: ${radius.s};
    background: var(--rtc-video-name-background, ${color.scrim});
    font-size: ${font.sizeS};
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  [part='connection-status'] {
    inset-block-start: ${space.s};
  }
  [part='name-tag'] {
    inset-block-end: ${space.s};
  }
  [part='muted-indicator'] {
    margin-inline-start: 0.5em;
  }
  :host(:state(speaking)) [part='base'] {
    outline: 3px solid var(--rtc-video-speaking-color, ${color.speaking});
    outline-offset: -3px;
  }
  [part='hand'] {
    position: absolute;
    inset-block-start: ${space.s};
    inset-inline-end: ${space.s};
    padding: 2px ${space.s};
    border-radius: ${radius.s};
    background: var(--rtc-video-name-background, ${color.scrim});
  }
  [part='reaction'] {
    position: absolute;
    inset-inline-end: ${space.s};
    inset-block-end: ${space.s};
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
    padding: ${space.s} calc(2 * ${space.s});
    border: none;
    border-radius: ${radius.s};
    background: ${color.accent};
    color: ${color.onAccent};
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
`;
