/**
 * The one place where data coordinates ([lon, lat], RFC 7946) become Leaflet's [lat, lng].
 * Everything else in the app keeps [lon, lat].
 */
import type { Position } from 'geojson';

/** A Leaflet-style [lat, lng] pair (kept as a plain tuple so this module needs no Leaflet import). */
export type LatLngTuple = [number, number];

/**
 * Convert one [lon, lat] position to Leaflet's [lat, lng].
 * @example toLatLng([37.6, 55.75]) // → [55.75, 37.6]
 */
export function toLatLng(position: Position): LatLngTuple {
  return [position[1] as number, position[0] as number];
}

/**
 * Convert a line of [lon, lat] positions to [lat, lng] pairs.
 * @example lineToLatLngs([[0, 1], [2, 3]]) // → [[1, 0], [3, 2]]
 */
export function lineToLatLngs(line: readonly Position[]): LatLngTuple[] {
  return line.map(toLatLng);
}
