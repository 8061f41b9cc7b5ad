import { css } from 'lit';

/**
 * Design tokens as CSS custom properties, defaulting to the VA Design System's values.
 * Hosts override any `--hc-*` property on the element or an ancestor.
 */
export const tokens = css`
  :host {
    --_text: var(--hc-text-color, #1b1b1b);
    --_muted: var(--hc-muted-color, #565c65);
    --_link: var(--hc-link-color, #005ea2);
    --_link-hover: var(--hc-link-hover-color, #1a4480);
    --_link-visited: var(--hc-link-visited-color, #54278f);
    --_focus: var(--hc-focus-color, #face00);
    --_border: var(--hc-border-color, #a9aeb1);
    --_card-border: var(--hc-card-border, 1px solid var(--_border));
    --_card-background: var(--hc-card-background, #fff);
    --_card-padding: var(--hc-card-padding, 1rem 1rem 1.5rem);
    --_space: var(--hc-space, 1rem);
    --_error: var(--hc-error-color, #d54309);
    --_error-background: var(--hc-error-background, #f4e3db);
    --_info: var(--hc-info-color, #00bde3);
    --_info-background: var(--hc-info-background, #e7f6f8);
    --_button-background: var(--hc-button-background, #005ea2);
    --_button-color: var(--hc-button-color, #fff);
    color: var(--_text);
  }
  a {
    color: var(--_link);
    text-decoration: underline;
  }
  a:visited {
    color: var(--_link-visited);
  }
  a:hover {
    color: var(--_link-hover);
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--_focus);
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
