import { css } from 'lit';
import { color, space } from '../styles/tokens.js';

export const styles = css`
  [part='base'] {
    /* The containing block of the large tile, which is placed over the main area. */
    position: relative;
    display: grid;
    place-content: center;
    gap: var(--rtc-layout-gap, ${space.s});
    box-sizing: border-box;
    width: 100%;
    height: 100%;
    /* Used only when the page gives the element no height. */
    aspect-ratio: var(--rtc-layout-aspect-ratio, 16 / 9);
    min-height: 0;
    overflow: hidden;
  }
  :host(:state(speaker)) [part='base'] {
    place-content: stretch;
  }
  [part='tiles'] {
    /* Never positioned: the large tile inside it is placed relative to the base instead, so
       it neither scrolls with the strip nor is clipped by it. */
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-content: center;
    gap: var(--rtc-layout-gap, ${space.s});
    min-width: 0;
    min-height: 0;
  }
  :host(:state(speaker)) [part='tiles'] {
    grid-area: strip;
    flex-wrap: nowrap;
    /* safe: when the strip overflows, scroll from its start instead of cutting it off */
    justify-content: safe center;
    align-items: center;
    overflow: auto;
  }
  [part~='tile'] {
    position: relative;
    flex: none;
    box-sizing: border-box;
  }
  [part~='focused-tile'] {
    position: absolute;
  }
  rtc-video {
    width: 100%;
    height: 100%;
  }
  [part='pin-button'] {
    position: absolute;
    inset-block-start: ${space.xs};
    inset-inline-end: ${space.xs};
    display: grid;
    place-items: center;
    width: 2rem;
    height: 2rem;
    padding: 0;
    border: none;
    border-radius: 50%;
    color: ${color.onMedia};
    background: ${color.scrim};
    cursor: pointer;
    opacity: 0;
  }
  [part~='tile']:hover [part='pin-button'],
  [part='pin-button']:focus,
  [part='pin-button'][aria-pressed='true'] {
    opacity: 1;
  }
  [part='pin-button'][aria-pressed='true'] {
    color: ${color.onAccent};
    background: ${color.accent};
  }
  /* Touch screens have no hover: keep the pin in sight. */
  @media (hover: none) {
    [part='pin-button'] {
      opacity: 1;
    }
  }
`;
