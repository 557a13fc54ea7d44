/**
 * Coordinates a person types or pastes: the keyboard's way to move a place (the alternative to dragging its
 * marker). Pure; decimal degrees, as maps and GPS apps copy them ("39.0392, 125.7625"), with optional
 * degree signs and hemisphere letters ("39.04° N, 125.76° E").
 */
import type { Result } from '../../core/types';

export interface LatLon {
  lat: number;
  lon: number;
}

/** One number with an optional degree sign and hemisphere letter: "-33.87", "151.2°E", "33.87 S". */
const COORD = /^\s*([+-]?\d+(?:\.\d+)?)\s*°?\s*([NSEWnsew])?\s*$/;

/**
 * Reads one coordinate; `axis` says which it is, so a hemisphere letter of the other axis is an error.
 * @example readCoordinate('33.87 S', 'lat') // → { ok: true, value: -33.87 }
 */
export function readCoordinate(text: string, axis: 'lat' | 'lon'): Result<number> {
  const what = axis === 'lat' ? 'latitude' : 'longitude';
  const m = COORD.exec(text);
  if (!m) return { ok: false, error: text.trim() ? `“${text.trim().slice(0, 40)}” is not a ${what} in degrees` : `the ${what} is empty` };
  let value = Number(m[1]);
  const hemisphere = m[2]?.toUpperCase();
  if (hemisphere) {
    if ((axis === 'lat') !== (hemisphere === 'N' || hemisphere === 'S')) return { ok: false, error: `${hemisphere} is not a hemisphere of ${what}` };
    if (hemisphere === 'S' || hemisphere === 'W') value = -Math.abs(value);
  }
  const limit = axis === 'lat' ? 90 : 180;
  if (!Number.isFinite(value) || Math.abs(value) > limit) return { ok: false, error: `a ${what} lies between −${limit} and ${limit} degrees` };
  return { ok: true, value };
}

/**
 * Reads a latitude and longitude pair, in that order (the order maps copy them in), separated by a comma,
 * a semicolon or spaces; a pair written longitude first with hemisphere letters ("125.76 E 39.04 N") is read
 * by its letters.
 * @example readLatLon('39.0392, 125.7625') // → { ok: true, value: { lat: 39.0392, lon: 125.7625 } }
 */
export function readLatLon(text: string): Result<LatLon> {
  const parts = text.trim().match(/[+-]?\d+(?:\.\d+)?\s*°?\s*[NSEWnsew]?/g);
  if (parts?.length !== 2 || text.replace(/[+-]?\d+(?:\.\d+)?\s*°?\s*[NSEWnsew]?|[\s,;]/g, '') !== '') {
    return { ok: false, error: 'write a latitude and a longitude in degrees, such as “39.0392, 125.7625”' };
  }
  const [a, b] = parts as [string, string];
  const lonFirst = /[EWew]\s*$/.test(a) && /[NSns]\s*$/.test(b);
  const lat = readCoordinate(lonFirst ? b : a, 'lat');
  if (!lat.ok) return lat;
  const lon = readCoordinate(lonFirst ? a : b, 'lon');
  if (!lon.ok) return lon;
  return { ok: true, value: { lat: lat.value, lon: lon.value } };
}
