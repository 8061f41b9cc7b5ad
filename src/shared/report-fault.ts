// Per page, so that lists sharing one load report its fault once.
const reported = new WeakSet<object>();

/**
 * Tells the host's developers that the package's own code failed, once per fault: which element,
 * and the error's name and message, nothing from the data. The person sees the error state; the
 * host gets `contacts-error` with kind `internal`, never dressed up as the network's failure.
 */
export function reportFault(element: Element, error: unknown): void {
  if (typeof error === 'object' && error !== null) {
    if (reported.has(error)) return;
    reported.add(error);
  }
  const cause = error instanceof Error ? `${error.name}: ${error.message}` : typeof error;
  // eslint-disable-next-line no-console -- the one place a fault of ours reaches the host's developers.
  console.error(`<${element.localName}>: a fault in health-contacts-elements, not the request's (${cause})`);
}
