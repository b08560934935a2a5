import { css } from 'lit';
import { color } from '../styles/tokens.js';

export const styles = css`
  [part='badge'] {
    position: absolute;
    inset-block-start: -6px;
    inset-inline-end: -6px;
    min-width: 1.25rem;
    padding: 0 4px;
    border-radius: 999px;
    background: var(--rtc-control-badge-background, ${color.danger});
    color: ${color.onAccent};
    font-size: 0.75rem;
    line-height: 1.25rem;
  }
`;
