/**
 * Fetch a world-atlas topology and turn it into a packed level of country polygons plus each country's
 * properties. Runs where the tiles are drawn — normally the tile worker — so the main thread never holds
 * the decoded GeoJSON (megabytes of small arrays it would later have to garbage-collect mid-pan).
 */
import type { CountryProperties } from '../basemap/loadBasemap';
import { type PackedPolygons, packPolygons } from './tileData';

type Decoded = { level: PackedPolygons; properties: CountryProperties[] };

const byUrl = new Map<string, Promise<Decoded>>();

async function fetchAndDecode(url: string): Promise<Decoded> {
  const [{ toCountries }, response] = await Promise.all([import('../basemap/loadBasemap'), fetch(url)]);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  const countries = toCountries(await response.json());
  return { level: packPolygons(0, countries.features), properties: countries.features.map((f) => f.properties) };
}

/**
 * Start loading a topology now (e.g. while the page is still rendering), so a later loadCountryLevel of
 * the same URL finds it ready. A failed load is forgotten, so asking again retries.
 * @example prefetchCountryLevel('/assets/countries-110m.json');
 */
export function prefetchCountryLevel(url: string): Promise<Decoded> {
  let pending = byUrl.get(url);
  if (!pending) {
    pending = fetchAndDecode(url);
    byUrl.set(url, pending);
    pending.catch(() => byUrl.delete(url));
  }
  return pending;
}

/**
 * @example const { level, properties } = await loadCountryLevel('/assets/countries-50m.json', 3);
 */
export async function loadCountryLevel(url: string, minZoom: number): Promise<Decoded> {
  const { level, properties } = await prefetchCountryLevel(url);
  return { level: { ...level, minZoom }, properties };
}
