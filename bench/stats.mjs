// The benchmark's statistics: medians with percentile-bootstrap intervals, and ratios of medians
// with theirs. Seeded, so the same samples always give the same intervals.

/** A seeded pseudo-random generator (mulberry32), for resampling that repeats run to run. */
export function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];

export const RESAMPLES = 4000;

export function bootMedians(xs, random) {
  return Array.from({ length: RESAMPLES }, () => median(Array.from(xs, () => xs[Math.floor(random() * xs.length)])));
}

/** Median with a 95% percentile-bootstrap interval. */
export function summarize(xs) {
  const boots = bootMedians(xs, rng(42)).sort((a, b) => a - b);
  return { median: median(xs), lo: quantile(boots, 0.025), hi: quantile(boots, 0.975), n: xs.length };
}

/** theirs / ours, with a 95% bootstrap interval of the ratio of medians. */
export function ratio(theirs, ours) {
  const a = bootMedians(theirs, rng(7));
  const b = bootMedians(ours, rng(11));
  const r = a.map((x, i) => x / b[i]).sort((x, y) => x - y);
  return { value: median(theirs) / median(ours), lo: quantile(r, 0.025), hi: quantile(r, 0.975) };
}
