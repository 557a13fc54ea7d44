/**
 * Shared boundary lines between two countries' polygons, found as runs of edges that both polygons have
 * (same two vertices, either direction). Topologically built boundary data such as OpenStreetMap-derived
 * country polygons share the exact vertices along a common border, so no snapping tolerance is needed and the
 * result is exact: no vertex is invented or moved.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Every ring (outer and holes) of a Polygon or MultiPolygon. */
export function ringsOf(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

const vkey = (p: Position) => `${p[0]},${p[1]}`;

/** Undirected edge key: the two vertex keys in lexical order. */
function ekey(p: Position, q: Position): string {
  const a = vkey(p);
  const b = vkey(q);
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** The set of undirected edges of a polygon, for membership tests. */
export function edgeSet(geometry: Polygon | MultiPolygon): Set<string> {
  const set = new Set<string>();
  for (const ring of ringsOf(geometry)) {
    for (let i = 1; i < ring.length; i++) set.add(ekey(ring[i - 1]!, ring[i]!));
  }
  return set;
}

/** Runs of consecutive edges of `ring` found in `edges`, rotated so that no run is cut at the ring's seam. */
function runsInRing(ring: Position[], edges: Set<string>): Position[][] {
  const n = ring.length - 1; // closed ring: last vertex repeats the first
  if (n < 1) return [];
  const shared: boolean[] = [];
  for (let i = 0; i < n; i++) shared.push(edges.has(ekey(ring[i]!, ring[i + 1]!)));
  if (shared.every(Boolean)) return [ring.slice()];
  // Start just after an unshared edge so a run crossing the seam stays whole.
  const start = (shared.findIndex((s) => !s) + 1) % n;
  const runs: Position[][] = [];
  let current: Position[] | undefined;
  for (let k = 0; k < n; k++) {
    const i = (start + k) % n;
    if (shared[i]) {
      if (!current) {
        current = [ring[i]!];
        runs.push(current);
      }
      current.push(ring[i + 1]!);
    } else {
      current = undefined;
    }
  }
  return runs;
}

/** Joins lines that meet end to start (or end to end, reversing one), keeping the first line's direction. */
export function chainLines(lines: Position[][]): Position[][] {
  const out = lines.map((l) => l.slice());
  let merged = true;
  while (merged) {
    merged = false;
    for (let i = 0; i < out.length && !merged; i++) {
      for (let j = 0; j < out.length && !merged; j++) {
        if (i === j) continue;
        const a = out[i]!;
        const b = out[j]!;
        const aEnd = vkey(a[a.length - 1]!);
        let joined: Position[] | undefined;
        if (aEnd === vkey(b[0]!)) joined = [...a, ...b.slice(1)];
        else if (aEnd === vkey(b[b.length - 1]!)) joined = [...a, ...b.slice().reverse().slice(1)];
        if (joined) {
          out[i] = joined;
          out.splice(j, 1);
          merged = true;
        }
      }
    }
  }
  return out;
}

/**
 * The boundary lines two polygons share, in the order and direction of `a`'s rings, with runs that meet
 * joined into one line.
 *
 * @example
 * const a = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
 * const b = { type: 'Polygon', coordinates: [[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]]] };
 * sharedBoundaryLines(a, b) // [[[1, 0], [1, 1]]]
 */
export function sharedBoundaryLines(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): Position[][] {
  const edgesB = edgeSet(b);
  const runs: Position[][] = [];
  for (const ring of ringsOf(a)) runs.push(...runsInRing(ring, edgesB));
  return chainLines(runs);
}
