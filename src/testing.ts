/**
 * For hosts' own tests: `health-contacts-elements/testing.js`. The package keeps the answers of
 * the toggles and contacts endpoints for the page's life (lists and gates on one page share one
 * request); a test runner that keeps one page across tests forgets them between tests with this.
 */
import { clearContactsCache } from './data/contacts-cache.js';
import { clearToggleCache } from './flags/toggles-client.js';

/** Forgets every toggles and contacts answer kept so far: the next list or gate asks anew. */
export function clearCaches(): void {
  clearToggleCache();
  clearContactsCache();
}
