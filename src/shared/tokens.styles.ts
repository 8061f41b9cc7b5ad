import { css } from 'lit';

/**
 * The design tokens, and the rules every element shares: text, link and focus colours.
 *
 * Every colour reads the host's `--hc-*` property first, then the VA Design System's token
 * (`--vads-*`, which VA.gov defines on `:root` from `@department-of-veterans-affairs/css-library`),
 * then that token's current value. A colour the other style sheets use is resolved here once, on
 * `:host`, into an internal `--_hc-*` property that they read; the rest are written where they are
 * used, below. Hosts set any `--hc-*` property on the element or an ancestor (the element JSDoc
 * lists them, and the README the token each falls back to).
 */
export const tokens = css`
  :host {
    --_hc-muted: var(--hc-muted-color, var(--vads-color-text-muted, #71767a));
    --_hc-link: var(--hc-link-color, var(--vads-color-link, #005ea2));
    --_hc-border: var(--hc-border-color, var(--vads-color-gray-medium, #757575));
    --_hc-card-bg: var(--hc-card-background, var(--vads-color-white, #ffffff));
    --_hc-button: var(--hc-button-color, var(--vads-color-white, #ffffff));
    --_hc-button-bg: var(--hc-button-background, var(--vads-color-primary, #005ea2));
    --_hc-error: var(--hc-error-color, var(--vads-color-error, #d54309));
    --_hc-error-bg: var(--hc-error-background, var(--vads-color-error-lighter, #f4e3db));
    --_hc-info: var(--hc-info-color, var(--vads-color-info, #00bde3));
    --_hc-info-bg: var(--hc-info-background, var(--vads-color-info-lighter, #e7f6f8));
    --_hc-placeholder-bg: var(--hc-placeholder-background, var(--vads-color-base-lightest, #f0f0f0));
    color: var(--hc-text-color, var(--vads-color-base, #1b1b1b));
  }
  a {
    color: var(--_hc-link);
    text-decoration: underline;
  }
  a:visited {
    color: var(--hc-link-visited-color, var(--vads-color-link-visited, #54278f));
  }
  a:hover,
  a:active {
    color: var(--hc-link-hover-color, var(--vads-color-link-active, #0b4778));
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--hc-focus-color, var(--vads-color-action-focus-on-light, #face00));
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
