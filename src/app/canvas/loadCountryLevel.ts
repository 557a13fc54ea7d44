/**
 * Fetch a world-atlas topology and turn it into a packed level of country polygons plus each country's
 * properties. Runs where the tiles are drawn — normally the tile worker — so the main thread never holds
 * the decoded 1:50m GeoJSON (megabytes of small arrays it would later have to garbage-collect mid-pan).
 */
import type { CountryProperties } from '../basemap/loadBasemap';
import { type PackedPolygons, packPolygons } from './tileData';

/**
 * @example const { level, properties } = await loadCountryLevel('/assets/countries-50m.json', 3);
 */
export async function loadCountryLevel(url: string, minZoom: number): Promise<{ level: PackedPolygons; properties: CountryProperties[] }> {
  const [{ toCountries }, response] = await Promise.all([import('../basemap/loadBasemap'), fetch(url)]);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  const countries = toCountries(await response.json());
  return { level: packPolygons(minZoom, countries.features), properties: countries.features.map((f) => f.properties) };
}
