import { css } from 'lit';

/** The card's look; shared by `<contact-card>` and `<health-contacts-list>`, which renders cards of its own. */
export const cardStyles = css`
  .card {
    box-sizing: border-box;
    border: var(--hc-card-border, 1px solid var(--_hc-border));
    background: var(--_hc-card-bg);
    padding: var(--hc-card-padding, 1rem 1rem 1.5rem);
    overflow-wrap: anywhere;
  }
  .card > :is(h1, h2, h3, h4, h5, h6) {
    margin: 0.5rem 0 1rem;
    font-size: var(--hc-card-heading-size, 1.25rem);
    line-height: 1.3;
  }
  .card p {
    margin: 0 0 0.75rem;
    line-height: 1.5;
  }
  .card .description {
    color: var(--_hc-muted);
  }
  /* One text node with a line break per address line: cheaper than an element per line. Not
     pre-line: WebKit shows its breaks but copies them, and gives innerText, as spaces. */
  .address {
    white-space: pre-wrap;
  }
  .card .phone:last-child {
    margin-bottom: 0;
  }
  /* A finger needs a target of 44 × 44 CSS px (WCAG 2.5.5; Apple's and Android's guidance): on a
     touch screen a phone link grows around its number; with a mouse, nothing moves. */
  @media (pointer: coarse) {
    .phone a {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
      min-width: 44px;
    }
  }
  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .card {
      /* stylelint-disable-next-line plugin/no-unsupported-browser-features -- partial means column breaks; page breaks work in all. */
      break-inside: avoid;
      border: 1px solid #000;
    }
  }
`;
