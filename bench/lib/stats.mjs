// Small statistics helpers shared by the benchmark's parts.

export const now = () => performance.now();

/** Nearest-rank percentile of sorted numbers (p in 0..100). */
export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: median(sorted),
    p95: percentile(sorted, 95),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    mean: sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1),
  };
}
