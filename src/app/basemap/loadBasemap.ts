/**
 * The offline basemap: Natural Earth countries at 1:50m from world-atlas, decoded with topojson-client.
 * This module is only reached through a dynamic import, so the decoder stays out of the first bundle; the
 * topology (224 KiB gzip) is fetched from the app's own origin by ../data/preload.ts.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { splitAntimeridian } from '../lib/antimeridian';
import ccn3Table from './ccn3.json';

export interface CountryProperties {
  name: string;
  /** ISO 3166-1 alpha-2 ('' when world-atlas has no numeric code, e.g. Kosovo). */
  cca2: string;
  cca3: string;
}

export type BasemapCollection = FeatureCollection<MultiPolygon, CountryProperties>;

const table = ccn3Table as unknown as Record<string, [string, string]>;

/**
 * Decode a world-atlas topology into country features with ISO codes, split at the antimeridian.
 * @example toCountries(topology).features.find((f) => f.properties.cca3 === 'RUS')
 */
export function toCountries(topology: Topology): BasemapCollection {
  const object = topology.objects.countries as GeometryCollection<{ name: string }>;
  const fc = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon | null, { name: string }>;
  const features: Feature<MultiPolygon, CountryProperties>[] = [];
  for (const f of fc.features) {
    if (!f.geometry) continue;
    const codes = f.id !== undefined ? table[String(f.id)] : undefined;
    features.push({
      type: 'Feature',
      id: f.id,
      properties: { name: f.properties?.name ?? '', cca2: codes?.[0] ?? '', cca3: codes?.[1] ?? '' },
      geometry: splitAntimeridian(f.geometry),
    });
  }
  return { type: 'FeatureCollection', features };
}
