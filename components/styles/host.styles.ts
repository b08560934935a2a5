import { css } from 'lit';
import { color, colorScheme } from './tokens.js';

/**
 * Rules every element shares: `:host` sets only `display`, `hidden` hides, each element's
 * base takes its colour scheme from `--rtc-color-scheme` (so the tokens' `light-dark()` pairs
 * pick the right half), and keyboard focus is visible.
 */
export const hostStyles = css`
  :host {
    display: block;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  [part~='base'] {
    color-scheme: ${colorScheme};
  }
  :focus-visible {
    outline: 2px solid ${color.focus};
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
