import { rejectOnAbort } from '../http/abort.js';
import { fetchContacts, type FetchContactsOptions } from './contacts-client.js';
import type { ContactGroups } from './parse-contacts.js';

interface SharedLoad {
  readonly result: Promise<ContactGroups>;
  readonly controller: AbortController;
  users: number;
  settled: boolean;
}

// Per fetch function, then per credentials + src. A WeakMap so a host's own fetch can be collected.
let loads = new WeakMap<object, Map<string, SharedLoad>>();
const defaultFetchKey = {};

/**
 * Loads the contacts once per page however many lists ask for the same `src`: callers in flight
 * share one request, and a successful answer is kept for the page's life unless `fresh` is set.
 * One caller aborting leaves the others' request alone; the request is aborted when all have gone.
 * Failures are not kept, so the next caller tries again.
 */
export function loadContacts(options: FetchContactsOptions & { fresh?: boolean }): Promise<ContactGroups> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const fetchKey = options.fetch ?? defaultFetchKey;
  const byKey = loads.get(fetchKey) ?? new Map<string, SharedLoad>();
  loads.set(fetchKey, byKey);
  const key = `${options.credentials ?? 'same-origin'} ${options.src}`;
  let load = byKey.get(key);
  if (!load || (options.fresh && load.settled)) {
    const controller = new AbortController();
    const started: SharedLoad = {
      controller,
      users: 0,
      settled: false,
      result: fetchContacts({ ...options, signal: controller.signal }).then(
        (groups) => ((started.settled = true), groups),
        (error: unknown) => {
          started.settled = true;
          if (byKey.get(key) === started) byKey.delete(key);
          throw error;
        },
      ),
    };
    byKey.set(key, (load = started));
  }
  const shared = load;
  shared.users += 1;
  signal?.addEventListener(
    'abort',
    () => {
      // The last caller to leave cancels a request still on its way.
      shared.users -= 1;
      if (shared.users === 0 && !shared.settled) {
        if (byKey.get(key) === shared) byKey.delete(key);
        shared.controller.abort(signal.reason);
      }
    },
    { once: true },
  );
  return Promise.race([shared.result, rejectOnAbort(signal)]);
}

/** Forgets every answer kept for the page (`health-contacts-elements/testing.js`). */
export function clearContactsCache(): void {
  loads = new WeakMap();
}

/** What is told of a change to the contacts at a `src`, so that every list showing it reads them again. */
const changeListeners = new Set<(src: string) => void>();

/** Calls `listener` with the `src` of every write that succeeded; returns how to stop. */
export function onContactsChanged(listener: (src: string) => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/**
 * Says that the contacts at `src` changed (a save or a delete succeeded): every list showing them
 * reads them again, all of them sharing one fresh request.
 */
export function contactsChanged(src: string): void {
  for (const listener of changeListeners) listener(src);
}
