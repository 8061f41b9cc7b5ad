import { fetchContacts, type FetchContactsOptions } from './contacts-client.js';
import type { ContactGroups } from './parse-contacts.js';

interface SharedLoad {
  readonly result: Promise<ContactGroups>;
  readonly controller: AbortController;
  users: number;
  settled: boolean;
}

// Per fetch function, then per credentials + src. A WeakMap so a host's own fetch can be collected.
const loads = new WeakMap<object, Map<string, SharedLoad>>();
const defaultFetchKey = {};

/**
 * Loads the contacts once per page however many lists ask for the same `src`: callers in flight
 * share one request, and a successful answer is kept for the page's life unless `fresh` is set.
 * One caller aborting leaves the others' request alone; the request is aborted when all have gone.
 * Failures are not kept, so the next caller tries again.
 */
export function loadContacts(options: FetchContactsOptions & { fresh?: boolean }): Promise<ContactGroups> {
  if (options.signal?.aborted) return Promise.reject(options.signal.reason);
  const byKey = loadsFor(options.fetch ?? defaultFetchKey);
  const key = `${options.credentials ?? 'same-origin'} ${options.src}`;
  let load = byKey.get(key);
  if (!load || (options.fresh && load.settled)) {
    load = start(options, () => byKey.get(key) === load && byKey.delete(key));
    byKey.set(key, load);
  }
  return follow(load, options.signal, () => byKey.get(key) === load && byKey.delete(key));
}

function loadsFor(fetchKey: object): Map<string, SharedLoad> {
  let byKey = loads.get(fetchKey);
  if (!byKey) loads.set(fetchKey, (byKey = new Map()));
  return byKey;
}

function start(options: FetchContactsOptions, forget: () => void): SharedLoad {
  const controller = new AbortController();
  const load: SharedLoad = {
    controller,
    users: 0,
    settled: false,
    result: fetchContacts({ ...options, signal: controller.signal }).then(
      (groups) => ((load.settled = true), groups),
      (error: unknown) => {
        load.settled = true;
        forget();
        throw error;
      },
    ),
  };
  return load;
}

function follow(load: SharedLoad, signal: AbortSignal | undefined, forget: () => void): Promise<ContactGroups> {
  load.users += 1;
  return new Promise((resolve, reject) => {
    const leave = () => {
      load.users -= 1;
      if (load.users === 0 && !load.settled) {
        forget();
        load.controller.abort(signal?.reason);
      }
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', leave, { once: true });
    load.result.then(
      (groups) => {
        signal?.removeEventListener('abort', leave);
        resolve(groups);
      },
      (error: unknown) => {
        signal?.removeEventListener('abort', leave);
        reject(error);
      },
    );
  });
}
