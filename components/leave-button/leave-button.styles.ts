import { css } from 'lit';
import { color } from '../styles/tokens.js';

export const styles = css`
  [part~='base'] {
    border-color: transparent;
    background: var(--rtc-leave-background, ${color.danger});
    color: ${color.onAccent};
  }
`;
