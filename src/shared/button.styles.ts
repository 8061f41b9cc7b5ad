import { css } from 'lit';

/**
 * The buttons' look: primary ("Try again"), and secondary inside a card ("Edit", outlined in the
 * link colour, as in the VA design system). Left out of print.
 */
export const buttonStyles = css`
  button {
    font: inherit;
    font-weight: 700;
    color: var(--_hc-button);
    background: var(--_hc-button-bg);
    border: 0;
    border-radius: 0.25rem;
    padding: 0.75rem 1.25rem;
    cursor: pointer;
    min-height: 44px;
    min-width: 44px;
  }
  /* "Edit" and "Add" are secondary buttons, as in the VA design system: outlined in the link colour. */
  .card button,
  button.add {
    color: var(--_hc-link);
    background: none;
    border: 2px solid;
  }
  @media (forced-colors: active) {
    button {
      border: 1px solid ButtonText;
    }
  }
  @media print {
    button {
      display: none;
    }
  }
`;
