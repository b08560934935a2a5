import { css } from 'lit';
import { color, font, radius, space } from '../styles/tokens.js';

export const styles = css`
  [part='base'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: ${space.s};
    padding: ${space.s};
    background: var(--rtc-controls-background, transparent);
    font-family: ${font.family};
  }
  .reactions {
    position: relative;
  }
  [part='reactions-button'] {
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    gap: 2px;
    min-width: 4.5rem;
    padding: ${space.s};
    border: 1px solid ${color.border};
    border-radius: ${radius.m};
    background: ${color.surface};
    color: ${color.text};
    font: inherit;
    font-size: ${font.sizeS};
    line-height: 1.2;
    cursor: pointer;
  }
  [part='reactions-button']:focus-visible {
    outline: 2px solid ${color.focus};
    outline-offset: 2px;
  }
  [part='reactions-button']:disabled {
    cursor: not-allowed;
    opacity: 0.5;
  }
  [part='reactions-menu'] {
    position: absolute;
    inset-block-end: calc(100% + 4px);
    inset-inline-start: 50%;
    translate: -50% 0;
    display: flex;
    gap: 2px;
    padding: 4px;
    border: 1px solid ${color.border};
    border-radius: ${radius.m};
    background: ${color.surface};
    z-index: 1;
  }
  [part='reaction'] {
    padding: 4px;
    border: 0;
    background: transparent;
    font-size: 1.25rem;
    cursor: pointer;
  }
`;
