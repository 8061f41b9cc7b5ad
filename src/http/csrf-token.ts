/**
 * The `X-CSRF-Token` response headers the package has seen, for its writes to send back (the
 * service refuses a write without a valid token: 403). Every client notes them; which token a
 * write sends is the editor's choice (`editing/csrf-token-for.ts`).
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
    // Kept as sent; whether a header can carry it is checked when a write uses it.
    seen.token = response!.headers.get(HEADER) || seen.token;
  } catch {
    // A host's own fetch may answer with something that is not quite a Response: nothing to note.
  }
}

/** Forgets the token seen in responses (tests; a host that signs the person out in place). */
export function forgetCsrfToken(): void {
  seen.token = undefined;
}

/** The newest token seen in a response that a header can carry, if any. */
export function seenCsrfToken(): string | undefined {
  return usableToken(seen.token);
}

/** A value a header can carry: a non-empty string of visible ASCII once trimmed (anything else would make fetch throw). */
export function usableToken(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const token = value.trim();
  return /^[\x21-\x7e]+$/.test(token) ? token : undefined;
}
