/**
 * Sutherland–Hodgman clipping of a closed ring against one axis-aligned half-plane, on interleaved x, y
 * numbers. The one implementation behind the basemap's antimeridian split and the tiles' ring clipping.
 * Pure.
 */

/**
 * Keep the part of a ring (interleaved x, y; closing vertex optional) on one side of `axis = limit`.
 * The result is open (its first vertex is not repeated) and may be empty.
 * @example clipHalfPlane([0, 0, 4, 0, 4, 4, 0, 4], 0, 2, false) // → [0, 0, 2, 0, 2, 4, 0, 4]
 */
export function clipHalfPlane(ring: readonly number[], axis: 0 | 1, limit: number, keepAbove: boolean): number[] {
  const inside = (v: number) => (keepAbove ? v >= limit : v <= limit);
  const output: number[] = [];
  const n = ring.length;
  if (n < 2) return output;
  let px = ring[n - 2]!;
  let py = ring[n - 1]!;
  let pIn = inside(axis === 0 ? px : py);
  for (let k = 0; k < n; k += 2) {
    const x = ring[k]!;
    const y = ring[k + 1]!;
    const cIn = inside(axis === 0 ? x : y);
    if (cIn !== pIn) {
      const t = axis === 0 ? (limit - px) / (x - px) : (limit - py) / (y - py);
      output.push(axis === 0 ? limit : px + t * (x - px), axis === 0 ? py + t * (y - py) : limit);
    }
    if (cIn) output.push(x, y);
    px = x;
    py = y;
    pIn = cIn;
  }
  return output;
}
