import { css } from 'lit';

/**
 * The rules every element shares: text, link and focus colours. Each design token is a `--hc-*`
 * custom property read where it is used, with the VA Design System's value as its fallback
 * (the element JSDoc lists every property and default). Hosts set any `--hc-*` property on the
 * element or an ancestor.
 */
export const tokens = css`
  :host {
    color: var(--hc-text-color, #1b1b1b);
  }
  a {
    color: var(--hc-link-color, #005ea2);
    text-decoration: underline;
  }
  a:visited {
    color: var(--hc-link-visited-color, #54278f);
  }
  a:hover {
    color: var(--hc-link-hover-color, #1a4480);
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--hc-focus-color, #face00);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    a:focus-visible,
    button:focus-visible,
    summary:focus-visible {
      outline-color: Highlight;
    }
  }
`;
