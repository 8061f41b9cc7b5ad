import { css } from 'lit';

export const listStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  details {
    margin: 0 0 1.5rem;
  }
  summary {
    cursor: pointer;
    color: var(--_link);
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
    padding: 0.25rem 0;
  }
  .additional-info-body {
    border-left: 4px solid var(--_border);
    padding: 0.25rem 0 0.25rem 1rem;
    margin-top: 0.5rem;
  }
  section {
    margin: 0 0 2rem;
  }
  section > :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 0.5rem;
    font-size: var(--hc-group-heading-size, 1.5rem);
    line-height: 1.3;
  }
  .cards {
    display: grid;
    gap: 0;
  }
  .cards > .card + .card {
    border-top: 0;
  }
  p {
    line-height: 1.5;
    margin: 0 0 1rem;
  }
  .loading {
    padding: 1rem 0;
  }
  .alert {
    border-left: 0.5rem solid var(--_error);
    background: var(--_error-background);
    padding: 1rem 1rem 1rem 1.5rem;
    margin: 0 0 1.5rem;
  }
  .alert.info {
    border-left-color: var(--_info);
    background: var(--_info-background);
  }
  .alert > :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
  }
  .alert p:last-child {
    margin-bottom: 0;
  }
  button {
    font: inherit;
    font-weight: 700;
    color: var(--_button-color);
    background: var(--_button-background);
    border: 0;
    border-radius: 0.25rem;
    padding: 0.75rem 1.25rem;
    cursor: pointer;
    min-height: 44px;
  }
  @media (forced-colors: active) {
    .alert,
    .additional-info-body {
      border-color: CanvasText;
    }
    button {
      border: 1px solid ButtonText;
    }
  }
  @media print {
    details > :not(summary) {
      display: block;
    }
    button {
      display: none;
    }
    .alert {
      background: none;
    }
  }
`;
