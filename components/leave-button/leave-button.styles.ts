import { css } from 'lit';

export const styles = css`
  [part~='base'] {
    border-color: transparent;
    background: var(--rtc-leave-background, var(--rtc-color-danger, #b91c1c));
    color: #fff;
  }
`;
