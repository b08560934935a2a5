import { css } from 'lit';
import { color, font, radius, space } from '../styles/tokens.js';

/** The look of every control button: a toggle, the leave button, the reactions button. */
export const toggleStyles = css`
  :host {
    display: inline-block;
  }
  [part~='base'] {
    position: relative;
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    gap: 2px;
    min-width: 4.5rem;
    padding: ${space.s};
    border: 1px solid ${color.border};
    border-radius: var(--rtc-control-radius, ${radius.m});
    background: var(--rtc-control-background, ${color.surface});
    color: var(--rtc-control-color, ${color.text});
    font-family: ${font.family};
    font-size: ${font.sizeS};
    line-height: 1.2;
    cursor: pointer;
  }
  [part~='base'][aria-pressed='true'] {
    border-color: transparent;
    background: var(--rtc-control-pressed-background, ${color.accent});
    color: var(--rtc-control-pressed-color, ${color.onAccent});
  }
  [part~='base'].alarm {
    border-color: transparent;
    background: var(--rtc-control-off-background, ${color.danger});
    color: var(--rtc-control-off-color, ${color.onAccent});
  }
  [part~='base']:focus-visible {
    outline: 2px solid ${color.focus};
    outline-offset: 2px;
  }
  [part~='base'][aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  [part~='base']:disabled {
    cursor: not-allowed;
    opacity: 0.5;
  }
  [part='icon'] {
    display: inline-flex;
  }
`;
