import { css } from 'lit';

export const styles = css`
  [part='badge'] {
    position: absolute;
    inset-block-start: -6px;
    inset-inline-end: -6px;
    min-width: 1.25rem;
    padding: 0 4px;
    border-radius: 999px;
    background: var(--rtc-color-badge, var(--rtc-color-danger, #b91c1c));
    color: #fff;
    font-size: 0.75rem;
    line-height: 1.25rem;
  }
`;
