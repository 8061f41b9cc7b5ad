import { deadline, rejectOnAbort, sleep, throwIfAborted } from '../http/abort.js';
import { ContactsError } from './contacts-error.js';
import { rememberCsrfToken } from '../http/csrf-token.js';
import { parseContactsDocument, type ContactGroups } from './parse-contacts.js';

export interface FetchContactsOptions {
  /** The contacts endpoint, e.g. `/v0/profile/contacts`. */
  src: string;
  /** Aborts the load (element removed, `src` changed): it rejects with the signal's reason, an `AbortError`. */
  signal?: AbortSignal;
  /** The fetch to use; defaults to `globalThis.fetch` as it is when the load starts. */
  fetch?: typeof fetch;
  /** Fetch credentials mode; default `same-origin`. */
  credentials?: RequestCredentials;
  /** Ms each attempt may take, body included, before the load fails with `timeout`; default 10000. */
  timeout?: number;
  /** Extra attempts after a 429, a 5xx or a network failure; default 2. */
  retries?: number;
  /** Base ms between attempts, doubled each retry and jittered; default 500. */
  retryDelay?: number;
  /** Source of jitter in [0, 1); default `Math.random`. */
  random?: () => number;
}

/** The profile service's contacts endpoint, where a list fetches unless told otherwise. */
export const CONTACTS_SRC = '/v0/profile/contacts';

const MAX_DELAY = 10_000;
// Keeps a huge `timeout` a long wait: setTimeout fires at once for anything longer.
const MAX_TIMER = 2_147_483_647;

type Attempt =
  | { readonly groups: ContactGroups }
  | { readonly error: ContactsError; readonly retry: boolean; readonly retryAfter?: number };

/**
 * Loads the contacts from `src` and groups them.
 * @throws {ContactsError} for every failure of the request or of the answer; an abort rejects with
 * the signal's reason. Anything else thrown is a fault of this code, not of the network, and is
 * passed on as it is.
 */
export async function fetchContacts(options: FetchContactsOptions): Promise<ContactGroups> {
  const { signal } = options;
  const retries = Math.floor(numberOr(options.retries, 2));
  const base = numberOr(options.retryDelay, 500);
  const random = options.random ?? Math.random;
  for (let attempt = 0; ; attempt += 1) {
    const outcome = await attemptOnce(options);
    // An answer that lands as the caller aborts must still be discarded.
    throwIfAborted(signal);
    if ('groups' in outcome) return outcome.groups;
    if (!outcome.retry || attempt >= retries) throw outcome.error;
    const backoff = base * 2 ** attempt * (0.5 + 0.5 * random());
    await sleep(Math.min(outcome.retryAfter ?? backoff, MAX_DELAY), signal);
  }
}

async function attemptOnce(options: FetchContactsOptions): Promise<Attempt> {
  const { signal } = options;
  throwIfAborted(signal);
  const time = deadline(Math.min(numberOr(options.timeout, 10_000, 1), MAX_TIMER), signal);
  let answer: Answer;
  try {
    // The race keeps a host fetch that ignores its signal from outliving the timeout or abort.
    answer = await Promise.race([download(options, time.signal), rejectOnAbort(time.signal)]);
  } catch {
    throwIfAborted(signal);
    if (time.expired()) return { error: new ContactsError('timeout'), retry: false };
    return { error: new ContactsError('network'), retry: true };
  } finally {
    time.clear();
  }
  return outcomeOf(answer);
}

interface Answer {
  readonly response: Response;
  /** The body of a 2xx answer; empty otherwise. */
  readonly body: string;
}

/** The request and the reading of its body: the only work that can fail as the network does. */
async function download(options: FetchContactsOptions, signal: AbortSignal): Promise<Answer> {
  // A local binding: calling `options.fetch(...)` would make `options` its `this` ("Illegal invocation").
  const fetchFn = options.fetch ?? globalThis.fetch;
  const response = await fetchFn(options.src, {
    method: 'GET',
    headers: { Accept: 'application/json', 'X-Key-Inflection': 'camel' },
    credentials: options.credentials ?? 'same-origin',
    signal,
  });
  // A write sends the token the service issued last (a VA.gov API answers with one).
  rememberCsrfToken(response);
  return { response, body: response.ok ? await response.text() : '' };
}

function outcomeOf({ response, body }: Answer): Attempt {
  const { status } = response;
  if (response.ok) return parseBody(body);
  if (status === 404) return { groups: { emergency: [], nextOfKin: [], ignored: 0 } };
  if (status === 401) return { error: new ContactsError('unauthorized', status), retry: false };
  if (status === 403) return { error: new ContactsError('forbidden', status), retry: false };
  const retry = status === 429 || status >= 500;
  return { error: new ContactsError('server', status), retry, retryAfter: retryAfterOf(response) };
}

function parseBody(body: string): Attempt {
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch {
    return { error: new ContactsError('invalid-response'), retry: false };
  }
  try {
    return { groups: parseContactsDocument(document) };
  } catch (error) {
    // The parser's own verdict on a document it cannot use; anything else is a fault to pass on.
    if (error instanceof ContactsError) return { error, retry: false };
    throw error;
  }
}

/** `Retry-After` in seconds, as ms; the HTTP-date form is not used by the service. */
function retryAfterOf(response: Response): number | undefined {
  const value = response.headers.get('Retry-After')?.trim();
  return value && /^\d+$/.test(value) ? Number(value) * 1000 : undefined;
}

/** The value when it is a finite number of at least `min`, else the fallback (options may come from attributes). */
function numberOr(value: number | undefined, fallback: number, min = 0): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min ? value : fallback;
}
