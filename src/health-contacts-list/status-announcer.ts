/**
 * Screen readers announce what changes in a live region they already know of, not the text a
 * region is created with, and may miss a change undone at once; so each message is written this
 * long after it is given, and this long after the one before.
 */
const PAUSE_MS = 100;

/**
 * Returns how to say something politely through the `role="status"` region in `host`'s render
 * root, which the host renders empty. Each message is said once: the same one again is not
 * repeated. Written into the region rather than rendered, saying something costs no render.
 */
export function statusAnnouncer(host: { readonly renderRoot?: ParentNode }): (message: string) => void {
  let said = '';
  let nextFree = 0;
  return (message) => {
    if (message === said) return;
    said = message;
    nextFree = Math.max(Date.now(), nextFree) + PAUSE_MS;
    setTimeout(() => {
      // A list that was never on the page has no render root, and nothing to say.
      const region = host.renderRoot?.querySelector('[role="status"]');
      if (region) region.textContent = message;
    }, nextFree - Date.now());
  };
}
