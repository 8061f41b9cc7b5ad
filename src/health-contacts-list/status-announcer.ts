/**
 * Screen readers announce what changes in a live region they already know of, not the text a
 * region is created with, and may miss a change undone at once; so each message is written this
 * long after it is given, and this long after the one before.
 */
const PAUSE_MS = 100;

export interface StatusAnnouncer {
  /** Says `message` politely, once: the same message again is not repeated. */
  say(message: string): void;
  /** Drops what is still to be said (the host left the page), so that no timer outlives it. */
  cancel(): void;
}

/**
 * Speaks through the `role="status"` region in `host`'s render root, which the host renders
 * empty. Written into the region rather than rendered, saying something costs no render.
 */
export function statusAnnouncer(host: { readonly renderRoot?: ParentNode }): StatusAnnouncer {
  let said = '';
  let nextFree = 0;
  const pending = new Set<ReturnType<typeof setTimeout>>();
  return {
    say(message) {
      if (message === said) return;
      said = message;
      nextFree = Math.max(Date.now(), nextFree) + PAUSE_MS;
      const timer = setTimeout(() => {
        pending.delete(timer);
        // A list that was never on the page has no render root, and nothing to say.
        const region = host.renderRoot?.querySelector('[role="status"]');
        if (region) region.textContent = message;
      }, nextFree - Date.now());
      pending.add(timer);
    },
    cancel() {
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
      said = '';
      nextFree = 0;
    },
  };
}
