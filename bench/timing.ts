/** Timing helpers shared by the benchmarks. */

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

/**
 * Median wall-clock ms per call over `runs` calls, after `warm` calls that let the JIT settle.
 * @example timeMs(() => geoparse(text, gaz), 300) // → 0.55
 */
export function timeMs(fn: () => unknown, runs: number, warm = Math.min(20, runs)): number {
  for (let i = 0; i < warm; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}
