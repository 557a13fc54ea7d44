/**
 * Lengths of lines (borders, routes) under the same named models as point distances (./distance.ts).
 * Turf measures on its sphere; GeographicLib sums WGS84 geodesics segment by segment. Both are indifferent to
 * unwrapped longitudes (lon + 360 is the same meridian), so continuous and RFC 7946 forms measure the same.
 */
import { length as turfLength } from '@turf/length';
import type { LineString, MultiLineString, Position } from 'geojson';
import { ellipsoidKm } from './distance';

function parts(line: LineString | MultiLineString): Position[][] {
  return line.type === 'LineString' ? [line.coordinates] : line.coordinates;
}

/**
 * Length in km on Turf's sphere (R 6371.0088 km), via `@turf/length`.
 *
 * @example lineLengthKm({ type: 'LineString', coordinates: [[0, 0], [1, 0]] }) // ≈ 111.195
 */
export function lineLengthKm(line: LineString | MultiLineString): number {
  return turfLength({ type: 'Feature', properties: {}, geometry: line }, { units: 'kilometers' });
}

/**
 * Length in km on the WGS84 ellipsoid: the sum of GeographicLib geodesic distances between consecutive vertices.
 *
 * @example lineEllipsoidKm({ type: 'LineString', coordinates: [[0, 0], [1, 0]] }) // ≈ 111.319
 */
export function lineEllipsoidKm(line: LineString | MultiLineString): number {
  let total = 0;
  for (const part of parts(line)) {
    for (let i = 1; i < part.length; i++) {
      const p = part[i - 1]!;
      const q = part[i]!;
      total += ellipsoidKm([p[0] as number, p[1] as number], [q[0] as number, q[1] as number]);
    }
  }
  return total;
}
