/**
 * The contacts service for the editor stories: the demo's stand-in, holding a story's contacts in
 * memory and checking writes with the editor's own validation, so that a save or a delete really
 * changes what the list shows. Each render gets a service of its own (a story starts from its
 * fixture every time), given to the list as its `.fetch`.
 */
import { createContactsService, serviceFetch } from '../demo/contacts-service.mjs';
import { validateContactForm } from '../src/editing/validation.js';

/**
 * How the service answers a save or a delete: as its rules say; `held`, not until the request is
 * aborted (a write under way for as long as the story is shown); or with a 503.
 */
export type WriteAnswer = 'answered' | 'held' | 503;

/** A `fetch` answered by a fresh stand-in service holding `document` (a JSON:API contacts document). */
export function standInFetch(document: unknown, writes: WriteAnswer = 'answered'): typeof fetch {
  const answer = serviceFetch(createContactsService({ document, validate: validateContactForm }));
  return ((input: RequestInfo | URL, init: RequestInit = {}) => {
    const isWrite = (init.method ?? 'GET').toUpperCase() !== 'GET';
    if (!isWrite || writes === 'answered') return answer(input, init);
    if (writes === 'held') return held(init.signal);
    // The stand-in's own failure on request.
    const headers = new Headers(init.headers);
    headers.set('X-Stand-In-Fail', String(writes));
    return answer(input, { ...init, headers });
  }) as typeof fetch;
}

/** An answer that never comes; aborting the request rejects it, as with a real fetch. */
function held(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}
