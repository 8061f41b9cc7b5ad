import { css } from 'lit';

/**
 * The editor's look, after the VA Design System's form controls: labels above their controls,
 * errors in the error colour with a bar on the left, controls at least 44 px tall. Added to the
 * list's shadow root when the editor module loads, after the list's own (whose `.visually-hidden`
 * hides the errors' "Error:" prefix).
 */
export const editorStyles = css`
  .editor form {
    margin: 0;
  }
  .field {
    margin: 0 0 1.25rem;
    max-width: 30rem;
  }
  .field.has-error {
    border-left: 4px solid var(--_hc-error);
    padding-left: 1rem;
  }
  .field label {
    display: block;
    font-weight: 400;
    margin: 0 0 0.25rem;
  }
  .required {
    color: var(--hc-required-color, var(--vads-color-secondary-dark, #b50909));
  }
  .error-message {
    display: block;
    color: var(--hc-error-text-color, var(--vads-color-error-dark, #b50909));
    font-weight: 700;
    margin: 0 0 0.25rem;
  }
  input,
  select {
    box-sizing: border-box;
    display: block;
    width: 100%;
    min-height: 44px;
    font: inherit;
    color: inherit;
    background: var(--_hc-card-bg);
    border: 1px solid var(--hc-input-border-color, var(--vads-color-base, #1b1b1b));
    border-radius: 0;
    padding: 0.5rem;
  }
  .has-error :is(input, select) {
    border: 2px solid var(--_hc-error);
  }
  input:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--hc-focus-color, var(--vads-color-action-focus-on-light, #face00));
    outline-offset: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin: 1.5rem 0 0;
  }
  .actions button {
    margin: 0;
  }
  button[aria-disabled='true'] {
    opacity: 0.65;
    cursor: progress;
  }
  /* "Save" is the primary action, filled; the rest are outlined, as in the VA design system. */
  .card button.primary {
    color: var(--_hc-button);
    background: var(--_hc-button-bg);
    border: 0;
  }
  .editor button.secondary {
    color: var(--_hc-link);
    background: none;
    border: 2px solid;
  }
  .editor button.danger {
    color: var(--_hc-error-text, var(--vads-color-error-dark, #b50909));
  }
  dialog button.danger-filled {
    background: var(--vads-color-secondary-dark, #b50909);
    color: var(--_hc-button);
  }
  .editor .alert {
    margin: 0 0 1.25rem;
  }
  .editor .alert p {
    margin: 0 0 0.5rem;
  }
  dialog {
    max-width: min(30rem, calc(100vw - 2rem));
    box-sizing: border-box;
    border: 1px solid var(--_hc-border);
    padding: 1.5rem;
    color: inherit;
    background: var(--_hc-card-bg);
  }
  dialog button.primary {
    color: var(--_hc-button);
    background: var(--_hc-button-bg);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 50%);
  }
  .dialog-heading {
    font-size: 1.25rem;
    margin: 0 0 1rem;
  }
  @media (forced-colors: active) {
    .field.has-error,
    input,
    select,
    dialog {
      border-color: CanvasText;
    }
  }
`;
