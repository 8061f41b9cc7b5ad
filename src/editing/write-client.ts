import { deadline, rejectOnAbort, throwIfAborted } from '../http/abort.js';
import type { Contact } from '../data/contact.js';
import { rememberCsrfToken, type CsrfTokenSource } from '../http/csrf-token.js';
import { csrfTokenFor } from './csrf-token-for.js';
import { normalizeContact } from '../data/parse-contacts.js';
import { ContactWriteError, validationErrorOf } from './contact-write-error.js';

export interface ContactWriteOptions {
  /** The contacts endpoint the list reads, e.g. `/v0/profile/contacts` (a query string is kept). */
  src: string;
  /** The slot, spelled as the service names it (`Emergency Contact`), never as found on file. */
  contactType: string;
  /** The fetch to use; defaults to `globalThis.fetch` as it is when the write starts. */
  fetch?: typeof fetch;
  /** Fetch credentials mode; default `same-origin`. */
  credentials?: RequestCredentials;
  /** Ms the write may take, answer included, before it fails with `timeout`; default 10000. */
  timeout?: number;
  /** The host's CSRF token (see `csrfTokenFor`); default: the newest one seen, else `localStorage.csrfToken`. */
  csrfToken?: CsrfTokenSource;
  /**
   * Aborts the wait (the editor closed): it rejects with the signal's reason. The service may have
   * done the write all the same; the next read tells.
   */
  signal?: AbortSignal;
}

export interface SaveContactOptions extends ContactWriteOptions {
  /** The contact's attributes, as `validateContactForm` builds them. */
  attributes: Readonly<Record<string, string>>;
  /** `create` fills a free slot (`If-None-Match: *`), `update` replaces the contact in it (`If-Match: *`). */
  action: 'create' | 'update';
}

// Keeps a huge `timeout` a long wait: setTimeout fires at once for anything longer.
const MAX_TIMER = 2_147_483_647;

/**
 * Saves a contact into its slot with one `PUT {src}/{contactType}`, never retried (the person
 * decides whether to try again).
 * @returns the contact as the service stored it, or undefined when its answer carries none that
 * can be read (the write was done all the same: a fresh read shows it).
 * @throws {ContactWriteError} for every failure of the request or of the answer; an abort rejects
 * with the signal's reason.
 */
export async function saveContact(options: SaveContactOptions): Promise<Contact | undefined> {
  const { contactType, attributes, action } = options;
  const { status, body } = await send(options, {
    method: 'PUT',
    headers: {
      'Content-Type': 'application/json',
      [action === 'create' ? 'If-None-Match' : 'If-Match']: '*',
    },
    body: JSON.stringify({ data: { type: 'contact', id: contactType, attributes } }),
  });
  if (isSuccess(status)) return storedContactOf(body);
  throw errorOf(status, body);
}

/**
 * Deletes the contact in a slot with one `DELETE {src}/{contactType}`, never retried. A 404 counts
 * as deleted: the slot is empty either way (say, a write that timed out had in fact been done).
 * @throws {ContactWriteError} for every other failure; an abort rejects with the signal's reason.
 */
export async function deleteContact(options: ContactWriteOptions): Promise<void> {
  const { status, body } = await send(options, { method: 'DELETE', headers: {} });
  if (isSuccess(status) || status === 404) return;
  throw errorOf(status, body);
}

/** `{src}/{contactType}`, the contact type URL-encoded, any query string of `src` kept at the end. */
export function contactUrl(src: string, contactType: string): string {
  const [, path, rest] = /^([^?#]*)(.*)$/s.exec(src)!;
  return `${path.replace(/\/+$/, '')}/${encodeURIComponent(contactType)}${rest.replace(/#.*$/s, '')}`;
}

interface Answer {
  readonly status: number;
  /** The body of a 2xx or 422 answer (what is read from it); empty otherwise. */
  readonly body: string;
}

interface WriteRequest {
  readonly method: 'PUT' | 'DELETE';
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

async function send(options: ContactWriteOptions, init: WriteRequest): Promise<Answer> {
  const { signal } = options;
  throwIfAborted(signal);
  const token = csrfTokenFor(options.csrfToken);
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Key-Inflection': 'camel', ...init.headers };
  if (token) headers['X-CSRF-Token'] = token;
  // A local binding: calling `options.fetch(...)` would make `options` its `this` ("Illegal invocation").
  const fetchFn = options.fetch ?? globalThis.fetch;
  const time = deadline(Math.min(timeoutOf(options.timeout), MAX_TIMER), signal);
  try {
    let response: Response;
    try {
      // The race keeps a host fetch that ignores its signal from outliving the timeout or abort.
      const request = fetchFn(contactUrl(options.src, options.contactType), {
        ...init,
        headers,
        credentials: options.credentials ?? 'same-origin',
        signal: time.signal,
      });
      response = await Promise.race([request, rejectOnAbort(time.signal)]);
    } catch {
      throwIfAborted(signal);
      throw new ContactWriteError(time.expired() ? 'timeout' : 'network');
    }
    rememberCsrfToken(response);
    const { status } = response;
    const body = isSuccess(status) || status === 422 ? await bodyOf(response, time.signal) : '';
    // An answer that lands as the caller aborts is discarded, as on the read path.
    throwIfAborted(signal);
    return { status, body };
  } finally {
    time.clear();
  }
}

/**
 * The body, or empty when it cannot be read in time: the status alone already says whether the
 * write was done, and it is never turned into a failure by a slow or broken body.
 */
async function bodyOf(response: Response, signal: AbortSignal): Promise<string> {
  try {
    return await Promise.race([response.text(), rejectOnAbort(signal)]);
  } catch {
    return '';
  }
}

function errorOf(status: number, body: string): ContactWriteError {
  if (status === 422) return validationErrorOf(body, status);
  if (status === 412) return new ContactWriteError('conflict', { status });
  if (status === 401) return new ContactWriteError('unauthorized', { status });
  // Also the answer to a stale or missing CSRF token.
  if (status === 403) return new ContactWriteError('forbidden', { status });
  return new ContactWriteError('server', { status });
}

function storedContactOf(body: string): Contact | undefined {
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch {
    return undefined;
  }
  const data = (document as { data?: unknown } | null)?.data;
  if (!isRecord(data) || !isRecord(data.attributes)) return undefined;
  return normalizeContact({ ...data.attributes, id: data.id });
}

const isSuccess = (status: number) => status >= 200 && status < 300;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The timeout when it is a finite number of at least 1 ms, else 10000 (options may come from attributes). */
function timeoutOf(value: number | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? value : 10_000;
}
