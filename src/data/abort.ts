/**
 * A promise that never resolves and rejects with the signal's reason once it aborts (never,
 * without a signal). Raced against work that may ignore its signal, such as a host's own fetch.
 */
export function rejectOnAbort(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}
