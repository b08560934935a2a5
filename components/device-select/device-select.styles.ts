import { css } from 'lit';
import { color, font, radius, space } from '../styles/tokens.js';

export const styles = css`
  [part='base'] {
    display: flex;
    flex-wrap: wrap;
    gap: ${space.s};
    font-family: ${font.family};
  }
  [part='field'] {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-width: 0;
  }
  [part='select'] {
    max-width: 100%;
    padding: 4px ${space.s};
    border: 1px solid ${color.border};
    border-radius: ${radius.s};
    font: inherit;
  }
`;
