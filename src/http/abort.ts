/**
 * A promise that never resolves and rejects with the signal's reason once it aborts (never,
 * without a signal). Raced against work that may ignore its signal, such as a host's own fetch.
 */
export function rejectOnAbort(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** Rejects with the signal's reason when it has aborted (`signal.throwIfAborted()`, which jsdom 20 lacks). */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason;
}

export interface Deadline {
  /** Aborts when the given signal does (with its reason), or when the time is up (with a `TimeoutError`). */
  readonly signal: AbortSignal;
  /** Whether the time ran out. */
  readonly expired: () => boolean;
  /** Stops the timer and the listener; call it once the work is done, so that nothing outlives it. */
  readonly clear: () => void;
}

/**
 * A signal that aborts after `ms`, or with `signal`: `AbortSignal.any([signal,
 * AbortSignal.timeout(ms)])` in a few lines, because Safari before 17.4 (iPhones kept on iOS 15
 * and 16) and jsdom 20 have neither, and because the timer must end with the work.
 */
export function deadline(ms: number, signal: AbortSignal | undefined): Deadline {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new DOMException('The request took too long.', 'TimeoutError'));
  }, ms);
  const abort = () => controller.abort(signal!.reason);
  if (signal?.aborted) abort();
  else signal?.addEventListener('abort', abort, { once: true });
  return {
    signal: controller.signal,
    expired: () => expired,
    clear: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    },
  };
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts; either way no timer or listener is left. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    if (signal?.aborted) abort();
    else signal?.addEventListener('abort', abort, { once: true });
  });
}
