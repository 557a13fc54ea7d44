/**
 * Longitude unwrapping for drawing lines that cross the antimeridian on a Leaflet map.
 * Leaflet draws a segment from 179° to -179° across the whole world; shifting the second point to 181°
 * (Leaflet accepts longitudes beyond ±180) keeps the segment short and on the right side.
 */
import type { LineString, MultiLineString, Position } from 'geojson';

/**
 * Shift longitudes by multiples of 360° so that consecutive points never jump by more than 180°.
 * @example unwrapLongitudes([[179, 0], [-179, 1]]) // → [[179, 0], [181, 1]]
 */
export function unwrapLongitudes(line: readonly Position[]): Position[] {
  const out: Position[] = [];
  let previous: number | undefined;
  for (const point of line) {
    let lon = point[0] as number;
    if (previous !== undefined) {
      while (lon - previous > 180) lon -= 360;
      while (lon - previous < -180) lon += 360;
    }
    out.push([lon, point[1] as number]);
    previous = lon;
  }
  return out;
}

/**
 * A great-circle arc as one continuous line for drawing: the parts of a MultiLineString (split at the
 * antimeridian) are joined in order and unwrapped; duplicate joints (180 / -180) collapse.
 * @example continuousArc({ type: 'MultiLineString', coordinates: [[[170, 0], [180, 1]], [[-180, 1], [-170, 2]]] })
 * // → [[170, 0], [180, 1], [190, 2]]
 */
export function continuousArc(geometry: LineString | MultiLineString): Position[] {
  const flat = geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates.flat();
  const unwrapped = unwrapLongitudes(flat);
  return unwrapped.filter((p, i) => {
    const prev = unwrapped[i - 1];
    return !prev || prev[0] !== p[0] || prev[1] !== p[1];
  });
}

/**
 * Lines of a (Multi)LineString, each unwrapped on its own (for borders, whose parts may be disjoint).
 * @example lineParts({ type: 'LineString', coordinates: [[179, 0], [-179, 0]] }) // → [[[179, 0], [181, 0]]]
 */
export function lineParts(geometry: LineString | MultiLineString): Position[][] {
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  return parts.map(unwrapLongitudes);
}
