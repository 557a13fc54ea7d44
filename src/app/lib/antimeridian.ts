/**
 * Split basemap polygons that cross the antimeridian (Russia's Chukotka, Fiji), which Leaflet would
 * otherwise draw as a band across the whole map. Pure: GeoJSON in, GeoJSON out.
 *
 * Method: unwrap each ring so that it is continuous (longitudes may leave [-180, 180]), then clip it with
 * the half-planes lon ≤ 180 / lon ≥ 180 (and -180) and shift the outside piece back by 360°.
 * Rings that do not close after unwrapping go around a pole (Antarctica); they already follow the
 * map's edge and are left as they are.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { clipHalfPlane } from './clip';
import { unwrapLongitudes } from './unwrap';

type Ring = Position[];

function crossesAntimeridian(ring: Ring): boolean {
  for (let i = 1; i < ring.length; i++) {
    if (Math.abs((ring[i]![0] as number) - (ring[i - 1]![0] as number)) > 180) return true;
  }
  return false;
}

/** The part of a closed ring on one side of the meridian `lon = x` (lon ≤ x when keepBelow), closed again. */
function clipRing(ring: Ring, x: number, keepBelow: boolean): Ring {
  const clipped = clipHalfPlane(ring.slice(0, -1).flatMap((p) => [p[0] as number, p[1] as number]), 0, x, !keepBelow);
  if (clipped.length < 6) return [];
  const out: Ring = [];
  for (let k = 0; k < clipped.length; k += 2) out.push([clipped[k]!, clipped[k + 1]!]);
  out.push([clipped[0]!, clipped[1]!]);
  return out;
}

const shift = (ring: Ring, dx: number): Ring => ring.map((p) => [(p[0] as number) + dx, p[1] as number]);

/** Split one ring into pieces that each lie within [-180, 180]. */
function splitRing(ring: Ring): Ring[] {
  if (!crossesAntimeridian(ring)) return [ring];
  const unwrapped = unwrapLongitudes(ring);
  const first = unwrapped[0]!;
  const last = unwrapped[unwrapped.length - 1]!;
  // Not closed after unwrapping: a ring around a pole. Leave it.
  if (Math.abs((first[0] as number) - (last[0] as number)) > 1e-9) return [ring];
  const lons = unwrapped.map((p) => p[0] as number);
  const max = Math.max(...lons);
  const min = Math.min(...lons);
  const edge = max > 180 ? 180 : min < -180 ? -180 : undefined;
  if (edge === undefined) return [unwrapped];
  const inner = clipRing(unwrapped, edge, edge > 0);
  const outer = shift(clipRing(unwrapped, edge, edge < 0), edge > 0 ? -360 : 360);
  return [inner, outer].filter((r) => r.length >= 4);
}

/**
 * Split the polygons of a (Multi)Polygon at the antimeridian; returns a MultiPolygon whose every
 * coordinate is within [-180, 180] and whose rings never jump across the map.
 * Holes are split the same way and attached to the piece on their side.
 * @example splitAntimeridian({ type: 'Polygon', coordinates: [[[170, 0], [-170, 0], [-170, 10], [170, 10], [170, 0]]] })
 * // → MultiPolygon with one piece on 170…180 and one on -180…-170
 */
export function splitAntimeridian(geometry: Polygon | MultiPolygon): MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out: Position[][][] = [];
  for (const polygon of polygons) {
    const [shell, ...holes] = polygon;
    if (!shell) continue;
    const shells = splitRing(shell);
    if (shells.length === 1) {
      out.push([shells[0]!, ...holes.flatMap(splitRing)]);
      continue;
    }
    const pieces: Position[][][] = shells.map((s) => [s]);
    for (const hole of holes.flatMap(splitRing)) {
      const lon = hole[0]![0] as number;
      // Attach each hole to the piece on the same side of the antimeridian.
      const target = pieces.find((p) => Math.sign(p[0]![0]![0] as number) === Math.sign(lon)) ?? pieces[0]!;
      target.push(hole);
    }
    out.push(...pieces);
  }
  return { type: 'MultiPolygon', coordinates: out };
}
