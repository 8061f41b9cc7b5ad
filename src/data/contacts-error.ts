export type ContactsErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'invalid-response'
  | 'server'
  | 'network'
  | 'timeout'
  /** Not the request's fault: the package's own code failed (the console says how). */
  | 'internal';

/**
 * Why contacts could not be loaded. The message names only the kind (and status), never
 * anything from the request or the answer, so it is safe to log or show.
 */
export class ContactsError extends Error {
  override name = 'ContactsError';

  constructor(
    readonly kind: ContactsErrorKind,
    readonly status?: number,
  ) {
    super(`contacts request failed: ${kind}${status === undefined ? '' : ` (${status})`}`);
  }
}
