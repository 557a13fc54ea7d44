/**
 * Shared boundary lines between two countries' polygons, found as runs of edges of the first polygon that the
 * second one also has. Topologically built boundary data such as OpenStreetMap-derived country polygons share
 * most vertices along a common border exactly; where one neighbour was simplified differently (the 10 m
 * @geo-maps files drop a vertex here and there, leaving the other's vertex 2–8 m off its edge), an optional
 * tolerance also counts an edge whose ends and middle lie within that distance of the second polygon's
 * boundary. The lines are always the first polygon's own vertices: none is invented or moved.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { SegmentIndex } from './segmentIndex';

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

/** Runs of consecutive edges of `ring` for which `isShared` holds, rotated so no run is cut at the ring's seam. */
function runsInRing(ring: Position[], isShared: (p: Position, q: Position) => boolean): Position[][] {
  const n = ring.length - 1; // closed ring: last vertex repeats the first
  if (n < 1) return [];
  const shared: boolean[] = [];
  for (let i = 0; i < n; i++) shared.push(isShared(ring[i]!, ring[i + 1]!));
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

// A country borders several others: build its edge set and segment index once per geometry object.
const edgeCache = new WeakMap<object, Set<string>>();
const indexCache = new WeakMap<object, SegmentIndex>();

function cached<T>(cache: WeakMap<object, T>, key: object, make: () => T): T {
  let v = cache.get(key);
  if (v === undefined) {
    v = make();
    cache.set(key, v);
  }
  return v;
}

export interface SharedBoundaryOptions {
  /** Also count an edge of `a` whose ends and middle are within this many km of `b`'s boundary (default 0). */
  toleranceKm?: number;
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
export function sharedBoundaryLines(
  a: Polygon | MultiPolygon,
  b: Polygon | MultiPolygon,
  options: SharedBoundaryOptions = {},
): Position[][] {
  const edgesB = cached(edgeCache, b, () => edgeSet(b));
  const tol = options.toleranceKm ?? 0;
  const near = tol > 0 ? cached(indexCache, b, () => new SegmentIndex(ringsOf(b))) : undefined;
  const isShared = (p: Position, q: Position): boolean => {
    if (edgesB.has(ekey(p, q))) return true;
    if (!near) return false;
    const mid: Position = [((p[0] as number) + (q[0] as number)) / 2, ((p[1] as number) + (q[1] as number)) / 2];
    return near.isNear(p, tol) && near.isNear(q, tol) && near.isNear(mid, tol);
  };
  const runs: Position[][] = [];
  for (const ring of ringsOf(a)) runs.push(...runsInRing(ring, isShared));
  return chainLines(runs);
}
