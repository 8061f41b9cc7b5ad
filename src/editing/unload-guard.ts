/** While there are unsaved changes, leaving the page asks first (the browser's own prompt). */
export class UnloadGuard {
  #on = false;

  readonly #ask = (event: BeforeUnloadEvent) => {
    event.preventDefault();
    // Older browsers ask only when a return value is set.
    event.returnValue = '';
  };

  set on(on: boolean) {
    // Server rendering and some DOM imitations have no window to listen on.
    if (on === this.#on || typeof addEventListener !== 'function') return;
    this.#on = on;
    if (on) addEventListener('beforeunload', this.#ask);
    else removeEventListener('beforeunload', this.#ask);
  }
}
