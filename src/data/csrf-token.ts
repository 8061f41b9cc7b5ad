/**
 * Where the `X-CSRF-Token` of a write comes from, first found wins: the host's own value; the
 * newest `X-CSRF-Token` response header the package has seen; `localStorage.csrfToken`, where a
 * VA.gov page keeps it. The service refuses a write without a valid token (403).
 */

/** A token given by the host: the value itself, or a function asked at each write. */
export type CsrfTokenSource = string | (() => string | null | undefined);

const HEADER = 'X-CSRF-Token';

/**
 * The newest token seen, kept on the global object: the reads that see it and the editor that
 * sends it may come from different files of the package (the CDN bundle and the editor module
 * loaded beside it), each with its own copy of this module.
 */
const seen: { token?: string } = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('health-contacts-elements.csrf-token')
] ??= {}) as { token?: string };

/**
 * Notes the token a response carries, if any. Every client of the package calls it on every
 * response it gets, so that a write sends the token the service issued last.
 */
export function rememberCsrfToken(response: Pick<Response, 'headers'> | undefined): void {
  try {
    const token = usable(response?.headers?.get(HEADER));
    if (token) seen.token = token;
  } catch {
    // A host's own fetch may answer with something that is not quite a Response: nothing to note.
  }
}

/** Forgets the token seen in responses (tests; a host that signs the person out in place). */
export function forgetCsrfToken(): void {
  seen.token = undefined;
}

/** The token a write sends now, or undefined for none (then no header is sent). */
export function csrfTokenFor(given?: CsrfTokenSource): string | undefined {
  return fromHost(given) ?? seen.token ?? fromStorage();
}

function fromHost(given: CsrfTokenSource | undefined): string | undefined {
  if (typeof given !== 'function') return usable(given);
  try {
    return usable(given());
  } catch {
    // A host function that fails gives no token; the write goes on with the next source.
    return undefined;
  }
}

/** Read at each write and never written: the page owns it. Storage may be blocked (privacy settings, sandboxed frames). */
function fromStorage(): string | undefined {
  try {
    return usable(globalThis.localStorage?.getItem('csrfToken'));
  } catch {
    return undefined;
  }
}

/** A value a header can carry: a non-empty string of visible ASCII once trimmed (anything else would make fetch throw). */
function usable(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const token = value.trim();
  return /^[\x21-\x7e]+$/.test(token) ? token : undefined;
}
