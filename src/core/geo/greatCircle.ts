/**
 * Great-circle arcs that survive the antimeridian.
 *
 * Turf 7.3.2+ `greatCircle` (the `arc` package) has a broken date-line split (Turf issue 3030): depending on
 * the pair it returns a LineString that jumps from +172° to −175° (Leaflet draws that jump as a band across
 * the whole map), or a MultiLineString whose pieces are cut at the wrong place. The interpolation itself is
 * correct, so we ask Turf for the raw vertices only (`offset: 0` turns its split logic off) and do the
 * antimeridian handling here, in one documented place.
 *
 * Output convention:
 * - `greatCircleArc(a, b)` → a **continuous LineString**: it starts at `a` exactly, and every following
 *   longitude is shifted by a multiple of 360° so that it is within 180° of the previous one. Tokyo → Los
 *   Angeles therefore ends at lon 241.76 (= −118.24 + 360), and Leaflet draws it over the Pacific with no
 *   wrap band. This is the form to *draw*.
 * - `greatCircleArc(a, b, { split: true })` (or `splitAtAntimeridian(line)`) → the **RFC 7946 §3.1.9** form:
 *   longitudes in [−180, 180], a MultiLineString cut at ±180° when the path crosses it, a LineString
 *   otherwise. This is the form to *store and export* (route features in the GeoJSON).
 * - `toContinuousLine(geometry)` turns the stored form back into the drawable one.
 */
import { greatCircle as turfGreatCircle } from '@turf/great-circle';
import type { LineString, MultiLineString, Position } from 'geojson';
import { centralAngle, isLonLat, type LonLat } from './distance';

export interface GreatCircleOptions {
  /** Number of vertices, endpoints included (default 100, at least 2, at most 10,000). */
  npoints?: number;
  /** Return the RFC 7946 form (split at ±180°) instead of the continuous one. */
  split?: boolean;
}

/**
 * Within this many radians of a half circle (about 6 m on the ground) the pair is treated as antipodal. Closer
 * than that Turf's interpolation divides by a vanishing sin(d): at 1e-8 rad its vertices bunch up to four times
 * the even spacing, and nearer still it throws.
 */
const ANTIPODAL_EPS = 1e-6;

/** Shift `lon` by a multiple of 360° so that it is within 180° of `ref`. */
function nearestWrap(lon: number, ref: number): number {
  return lon - 360 * Math.round((lon - ref) / 360);
}

/** Wrap a longitude into [−180, 180). 180 stays 180 so that an endpoint on the antimeridian is kept. */
function wrap180(lon: number): number {
  if (lon >= -180 && lon <= 180) return lon;
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/**
 * Unwraps a vertex sequence into a new array: every longitude after the first is moved within 180° of
 * its predecessor. Latitudes are untouched.
 */
function unwrap(coords: Position[]): Position[] {
  const out: Position[] = [];
  let prev: number | undefined;
  for (const c of coords) {
    const lon = prev === undefined ? (c[0] as number) : nearestWrap(c[0] as number, prev);
    out.push([lon, c[1] as number]);
    prev = lon;
  }
  return out;
}

/** Raw interpolated vertices from Turf, with the date-line logic disabled (`offset: 0`). */
function turfVertices(a: LonLat, b: LonLat, npoints: number): Position[] {
  const g = turfGreatCircle([a[0], a[1]], [b[0], b[1]], { npoints, offset: 0 });
  const geom = g.geometry as LineString | MultiLineString;
  // With offset 0 Turf returns one LineString; flatten defensively in case a later version splits anyway.
  return geom.type === 'LineString' ? geom.coordinates : geom.coordinates.flat();
}

/**
 * The great-circle path from `a` to `b` ([lon, lat] degrees).
 *
 * Identical points give a two-vertex degenerate line (not `npoints` copies). Antipodal points have no unique
 * great circle: we go through the point 90° north of `a` along its meridian (due south when `a` is the North
 * Pole), a deterministic and documented choice.
 *
 * @example
 * const tokyoLA = greatCircleArc([139.69171, 35.6895], [-118.24368, 34.05223]);
 * // LineString from lon 139.69 to lon 241.76, arching north over the Pacific
 * const stored = greatCircleArc([139.69171, 35.6895], [-118.24368, 34.05223], { split: true });
 * // MultiLineString: [[139.69…, …], …, [180, 47.6…]], [[-180, 47.6…], …, [-118.24…, 34.05…]]
 */
export function greatCircleArc(a: LonLat, b: LonLat, options: GreatCircleOptions = {}): LineString | MultiLineString {
  if (!isLonLat(a) || !isLonLat(b)) {
    throw new RangeError(`greatCircleArc: expected [lon, lat] pairs, got ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
  }
  const requested = Math.floor(options.npoints ?? 100);
  const npoints = Number.isFinite(requested) ? Math.min(10_000, Math.max(2, requested)) : 100;
  const start: Position = [a[0], a[1]];
  const angle = centralAngle(a, b);

  let coords: Position[];
  if (angle < 1e-12) {
    coords = [start, [b[0], b[1]]];
  } else if (Math.PI - angle < ANTIPODAL_EPS) {
    // Two quarter-circles through a well-defined waypoint, each with half of the vertices.
    const via = antipodalWaypoint(a);
    const half = Math.max(2, Math.ceil(npoints / 2));
    const first = turfVertices(a, via, half);
    const second = turfVertices(via, b, npoints - half + 1);
    coords = [...first, ...second.slice(1)];
  } else {
    coords = turfVertices(a, b, npoints);
  }
  // Pin the endpoints to the exact inputs (Turf's atan2 round-trip loses the last bits and maps 180 to −180).
  coords[0] = start;
  coords[coords.length - 1] = [b[0], b[1]];
  // Split from the in-range vertices (not the unwrapped ones) so exported coordinates keep their digits.
  if (options.split) return splitAtAntimeridian({ type: 'LineString', coordinates: coords });
  return { type: 'LineString', coordinates: unwrap(coords) };
}

/**
 * A point 90° from `a` along its meridian, heading north: over the pole (onto the opposite meridian) when `a`
 * is in the northern hemisphere. It is 90° from the antipode of `a` too, so a → via → b is a half circle.
 */
function antipodalWaypoint(a: LonLat): LonLat {
  if (a[1] <= 0) return [a[0], a[1] + 90];
  return [wrap180(a[0] + 180), 90 - a[1]];
}

/**
 * Latitude where the great circle through p1 and p2 meets meridian `lon` (all degrees; longitudes already
 * unwrapped so that lon lies between them). Falls back to linear interpolation for a meridional segment.
 */
function crossingLat(p1: Position, p2: Position, lon: number): number {
  if (lon === p1[0]) return p1[1] as number;
  if (lon === p2[0]) return p2[1] as number;
  const r = Math.PI / 180;
  const [x1, y1] = [(p1[0] as number) * r, (p1[1] as number) * r];
  const [x2, y2] = [(p2[0] as number) * r, (p2[1] as number) * r];
  const x = lon * r;
  const den = Math.cos(y1) * Math.cos(y2) * Math.sin(x1 - x2);
  if (Math.abs(den) < 1e-12) {
    const t = (lon - (p1[0] as number)) / ((p2[0] as number) - (p1[0] as number) || 1);
    return (p1[1] as number) + t * ((p2[1] as number) - (p1[1] as number));
  }
  const num = Math.sin(y1) * Math.cos(y2) * Math.sin(x - x2) - Math.sin(y2) * Math.cos(y1) * Math.sin(x - x1);
  return Math.atan(num / den) / r;
}

/**
 * The RFC 7946 §3.1.9 form of a continuous line: longitudes wrapped into [−180, 180], cut into a
 * MultiLineString wherever it crosses ±180° (a LineString when it never does). Crossing points are computed
 * on the great circle of the crossing segment, and appear at both 180 and −180.
 *
 * @example
 * splitAtAntimeridian({ type: 'LineString', coordinates: [[170, 0], [190, 0]] })
 * // { type: 'MultiLineString', coordinates: [[[170, 0], [180, 0]], [[-180, 0], [-170, 0]]] }
 */
export function splitAtAntimeridian(geometry: LineString | MultiLineString): LineString | MultiLineString {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const parts: Position[][] = [];
  for (const raw of lines) {
    if (raw.length === 0) continue;
    const line = unwrap(raw);
    // Shift the whole line so the first vertex is in [−180, 180]; then k = which 360° "sheet" a lon is on.
    const shift = wrap180(line[0]![0] as number) - (line[0]![0] as number);
    const sheet = (lon: number) => Math.floor((lon + 180) / 360);
    let current: Position[] = [];
    for (let i = 0; i < line.length; i++) {
      const p: Position = [(line[i]![0] as number) + shift, line[i]![1] as number];
      if (i > 0) {
        const q: Position = [(line[i - 1]![0] as number) + shift, line[i - 1]![1] as number];
        let k0 = sheet(q[0] as number);
        const k1 = sheet(p[0] as number);
        // Walk over every ±180 meridian between q and p (normally at most one).
        while (k0 !== k1) {
          const boundary = k1 > k0 ? 360 * k0 + 180 : 360 * k0 - 180;
          const lat = crossingLat(q, p, boundary);
          const before = boundary - 360 * k0; // +180 or −180 in the sheet we leave
          current.push([before, lat]);
          parts.push(current);
          current = [[-before, lat]];
          k0 += k1 > k0 ? 1 : -1;
        }
      }
      const k = sheet(p[0] as number);
      let lon = (p[0] as number) - 360 * k;
      // Prefer the input's own digits when it was already in range (no 360° round-trip noise).
      const rawLon = raw[i]![0] as number;
      if (Math.abs(lon - wrap180(rawLon)) < 1e-9) lon = wrap180(rawLon);
      // 179.99999999999997 + 180 rounds to 360 in floating point, which puts it on the next sheet.
      lon = Math.min(180, Math.max(-180, lon));
      // A vertex exactly on +180 when coming from the east side belongs to −180 (and vice versa).
      if (lon === -180 && current.length > 0 && (current[current.length - 1]![0] as number) > 0) lon = 180;
      current.push([lon, p[1] as number]);
    }
    parts.push(current);
  }
  // Drop zero-length pieces (a line that starts or ends exactly on ±180° produces one).
  const kept = parts.filter((part) =>
    part.some((v) => Math.abs((v[0] as number) - (part[0]![0] as number)) > 1e-9 || v[1] !== part[0]![1]),
  );
  if (kept.length === 0) return { type: 'LineString', coordinates: parts[0] ?? [] };
  if (kept.length === 1) return { type: 'LineString', coordinates: kept[0]! };
  return { type: 'MultiLineString', coordinates: kept };
}

/**
 * The drawable form of a line that may have been split at ±180° (RFC 7946) or that jumps across it (Turf
 * 7.3.2+): one continuous LineString, consecutive parts joined when one ends where the next begins (mod
 * 360°), duplicate seam vertices dropped. Parts that do not join stay separate (a MultiLineString).
 *
 * @example
 * toContinuousLine({ type: 'MultiLineString', coordinates: [[[170, 0], [180, 0]], [[-180, 0], [-170, 0]]] })
 * // { type: 'LineString', coordinates: [[170, 0], [180, 0], [190, 0]] }
 */
export function toContinuousLine(geometry: LineString | MultiLineString): LineString | MultiLineString {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const out: Position[][] = [];
  for (const raw of lines) {
    if (raw.length === 0) continue;
    const prevLine = out[out.length - 1];
    const last = prevLine?.[prevLine.length - 1];
    const first = raw[0]!;
    const joins =
      last !== undefined &&
      Math.abs((last[1] as number) - (first[1] as number)) < 1e-9 &&
      Math.abs(nearestWrap(first[0] as number, last[0] as number) - (last[0] as number)) < 1e-9;
    if (prevLine && last && joins) {
      const cont = unwrap([last, ...raw]).slice(1);
      prevLine.push(...cont.slice(1));
    } else {
      out.push(unwrap(raw));
    }
  }
  if (out.length === 1) return { type: 'LineString', coordinates: out[0]! };
  return { type: 'MultiLineString', coordinates: out };
}
