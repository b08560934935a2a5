import { css } from 'lit';
import { color, font, radius, space } from '../styles/tokens.js';

export const styles = css`
  [part='base'] {
    font-family: ${font.family};
  }
  [part='list'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='participant'] {
    display: flex;
    align-items: center;
    gap: ${space.s};
    padding: 4px 0;
  }
  [part='name'] {
    flex: 1;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [part='speaking'] {
    color: ${color.accent};
  }
  [part='microphone-off'],
  [part='camera-off'] {
    display: inline-flex;
    color: ${color.danger};
  }
  [part='hand-button'] {
    padding: 2px ${space.s};
    border: 1px solid ${color.border};
    border-radius: ${radius.s};
    background: transparent;
    color: inherit;
    font: inherit;
  }
  [part='hand-button'][aria-pressed='true'] {
    background: ${color.accent};
    color: ${color.onAccent};
  }
`;
