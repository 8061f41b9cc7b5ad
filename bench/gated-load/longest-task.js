/**
 * Watches how long the main thread stays busy: a chain of timer tasks, each queued by the one
 * before, records the largest gap between two of them. A task that runs for N ms holds the chain
 * back at least N ms, so `stop()` returns at least the longest task's length. Works in every engine:
 * the Long Tasks API is Chromium's alone, and elsewhere it reports nothing at all.
 */
export function watchLongestTask() {
  let longest = 0;
  let last = performance.now();
  let timer = setTimeout(function tick() {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    timer = setTimeout(tick, 0);
  }, 0);
  return {
    /** Stops watching; the longest gap in ms, counting the one still open. */
    stop() {
      clearTimeout(timer);
      return Math.max(longest, performance.now() - last);
    },
  };
}
