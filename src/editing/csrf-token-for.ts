import { seenCsrfToken, usableToken, type CsrfTokenSource } from '../http/csrf-token.js';

/**
 * Where the `X-CSRF-Token` of a write comes from, first found wins: the host's own value; the
 * newest `X-CSRF-Token` response header the package has seen; `localStorage.csrfToken`, where a
 * VA.gov page keeps it.
 * @returns the token a write sends now, or undefined for none (then no header is sent).
 */
export function csrfTokenFor(given?: CsrfTokenSource): string | undefined {
  return fromHost(given) ?? seenCsrfToken() ?? fromStorage();
}

function fromHost(given: CsrfTokenSource | undefined): string | undefined {
  if (typeof given !== 'function') return usableToken(given);
  try {
    return usableToken(given());
  } catch {
    // A host function that fails gives no token; the write goes on with the next source.
    return undefined;
  }
}

/** Read at each write and never written: the page owns it. Storage may be blocked (privacy settings, sandboxed frames). */
function fromStorage(): string | undefined {
  try {
    return usableToken(globalThis.localStorage?.getItem('csrfToken'));
  } catch {
    return undefined;
  }
}

