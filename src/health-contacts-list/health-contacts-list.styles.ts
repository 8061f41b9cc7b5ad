import { css } from 'lit';

/** The list's own look; buttons and cards look as in `cardStyles`, which the list also uses. */
export const listStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  /* The status region: heard by screen readers, never seen. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    /* stylelint-disable-next-line plugin/no-unsupported-browser-features -- partial means overflow: clip; hidden works in all. */
    overflow: hidden;
    /* stylelint-disable-next-line plugin/no-unsupported-browser-features -- inset() works in all; partial is about other shapes. */
    clip-path: inset(50%);
    white-space: nowrap;
  }
  details {
    margin: 0 0 1.5rem;
  }
  summary {
    cursor: pointer;
    color: var(--_hc-link);
    /* stylelint-disable-next-line plugin/no-unsupported-browser-features -- where dotted is not known, the underline is solid. */
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
    padding: 0.25rem 0;
  }
  /* 44 CSS px tall to a finger (see the phone links); the marker stays, so the summary stays a list item. */
  @media (pointer: coarse) {
    summary {
      padding: 0.625rem 0;
      min-height: 44px;
      box-sizing: border-box;
    }
  }
  .additional-info-body {
    border-left: 4px solid var(--_hc-border);
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
  .cards > .card + .card {
    border-top: 0;
  }
  /*
   * A long list lays out only the cards on screen; the rest keep a remembered or estimated size.
   * Not a group's first two cards, which are all a person has (a primary and a secondary): WebKit
   * gives screen readers no text for a card it skips, so their phone links would have no names
   * until scrolled to. Longer groups are for stress tests, such as the 1,000-card benchmark.
   * The cards stack in normal flow: a grid container sizes its tracks from every card, which took
   * longer than laying out the cards themselves.
   */
  .cards > .card:nth-child(n + 3) {
    /* stylelint-disable-next-line plugin/no-unsupported-browser-features -- where unsupported, every card is laid out. */
    content-visibility: auto;
    contain-intrinsic-size: auto 15rem;
  }
  @media print {
    .cards > .card:nth-child(n + 3) {
      /* stylelint-disable-next-line plugin/no-unsupported-browser-features -- as above: nothing to undo where unsupported. */
      content-visibility: visible;
    }
  }
  p {
    line-height: 1.5;
    margin: 0 0 1rem;
  }
  /* About the height of a card with a name, a relationship and a phone. */
  .placeholders > .card {
    height: var(--hc-placeholder-height, 14rem);
    background: var(--_hc-placeholder-bg);
  }
  .alert {
    border-left: 0.5rem solid var(--_hc-error);
    background: var(--_hc-error-bg);
    padding: 1rem 1rem 1rem 1.5rem;
    margin: 0 0 1.5rem;
  }
  .alert.info {
    border-left-color: var(--_hc-info);
    background: var(--_hc-info-bg);
  }
  .alert > :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
  }
  .alert p:last-child {
    margin-bottom: 0;
  }
  @media (forced-colors: active) {
    .alert,
    .additional-info-body {
      border-color: CanvasText;
    }
  }
  @media print {
    details > :not(summary) {
      display: block;
    }
    .alert {
      background: none;
    }
  }
`;
