import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Screen readers announce what changes in a live region they already know of, not the text a
 * region is created with, and may miss a change undone at once; so each message is written this
 * long after it is given, and this long after the one before.
 */
const PAUSE_MS = 100;

/** What the host tells screen readers, and where focus goes when what had it is rendered away. */
export interface StatusController extends ReactiveController {
  /** Says `message` politely, once: the same message again is not repeated. */
  say(message: string): void;
  /**
   * Renders what changed, then calls `then`: hosts listening for an outcome expect to see it.
   * When the render took away what had focus ("Try again" goes with its error), focus moves to
   * the first heading of what took its place rather than falling to the page's body.
   */
  afterRender(then: () => void): void;
}

/**
 * Speaks through the `role="status"` region in the host's render root, which the host renders
 * empty: written into the region rather than rendered, saying something costs no render. All that
 * is still to be said is dropped when the host leaves the page, so that no timer outlives it.
 */
export function statusController(host: ReactiveElement): StatusController {
  let said = '';
  let nextFree = 0;
  const pending = new Set<ReturnType<typeof setTimeout>>();
  const controller: StatusController = {
    say(message) {
      if (message === said) return;
      said = message;
      nextFree = Math.max(Date.now(), nextFree) + PAUSE_MS;
      const timer = setTimeout(() => {
        pending.delete(timer);
        // A host that was never on the page has no render root, and nothing to say.
        const region = host.renderRoot?.querySelector('[role="status"]');
        if (region) region.textContent = message;
      }, nextFree - Date.now());
      pending.add(timer);
    },
    afterRender(then) {
      const hadFocus = host.shadowRoot?.activeElement;
      host.requestUpdate();
      void host.updateComplete.then(() => {
        if (hadFocus && !host.shadowRoot!.activeElement) {
          const heading = host.renderRoot.querySelector<HTMLElement>(':is(h1,h2,h3,h4,h5,h6)');
          if (heading) {
            heading.tabIndex = -1;
            heading.focus();
          }
        }
        then();
      });
    },
    hostDisconnected() {
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
      said = '';
      nextFree = 0;
    },
  };
  host.addController(controller);
  return controller;
}
