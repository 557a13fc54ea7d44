/**
 * The export menu's actions, loaded only when someone exports (a dynamic import of this module keeps the
 * CSV, KML, GPX and image code out of the first bundle). Each returns the file to save.
 */
import type L from 'leaflet';
import type { AtlasCollection } from '../../../core/geojson/types';
import { slugify } from '../format';
import type { OtherFeature } from '../otherFeatures';
import { placesCsv, storyCsv } from './csv';
import { type GisLayerName, gisLayers } from './gisLayers';
import { buildGpx } from './gpx';
import { buildKml } from './kml';
import { mapImage } from './png';
import { xmlTools } from './xml';

export type ExportFormat = 'csv-places' | 'csv-story' | 'kml' | 'gpx' | 'png' | `gis-${GisLayerName}`;

export interface ExportFile {
  filename: string;
  data: BlobPart;
  type: string;
}

const base = (c: AtlasCollection) => slugify(c.article.title || c.article.id || 'article');

async function countryShapes(url: string) {
  const [{ toCountries }, response] = await Promise.all([import('../../basemap/loadBasemap'), fetch(url)]);
  if (!response.ok) throw new Error(`the country shapes could not be loaded (HTTP ${response.status})`);
  return toCountries(await response.json()).features;
}

/**
 * Make one export file.
 * @example const file = await makeExport('kml', collection, map, countriesUrl); saveFile(file.filename, file.data, file.type);
 */
export async function makeExport(
  format: ExportFormat,
  collection: AtlasCollection,
  map: L.Map | null,
  countriesUrl: string,
  others: readonly OtherFeature[] = [],
): Promise<ExportFile> {
  switch (format) {
    case 'csv-places':
      return { filename: `${base(collection)}.places.csv`, data: placesCsv(collection, others), type: 'text/csv;charset=utf-8' };
    case 'csv-story':
      return { filename: `${base(collection)}.journeys.csv`, data: storyCsv(collection), type: 'text/csv;charset=utf-8' };
    case 'kml': {
      const { kml, filename } = buildKml(collection, xmlTools(), others);
      return { filename, data: kml, type: 'application/vnd.google-earth.kml+xml' };
    }
    case 'gpx': {
      const { gpx, filename } = buildGpx(collection, xmlTools(), others);
      return { filename, data: gpx, type: 'application/gpx+xml' };
    }
    case 'png': {
      if (!map) throw new Error('the map is not ready');
      const attribution = map.getContainer().querySelector('.leaflet-control-attribution')?.textContent ?? '';
      const blob = await mapImage(map.getContainer(), { title: collection.article.title, attribution });
      return { filename: `${base(collection)}.png`, data: blob, type: 'image/png' };
    }
    default: {
      const name = format.slice(4) as GisLayerName;
      const countries = name === 'areas' ? await countryShapes(countriesUrl) : [];
      const layer = gisLayers(collection, countries).find((l) => l.name === name);
      if (!layer) throw new Error(`the map has no ${name}`);
      return { filename: layer.filename, data: layer.json, type: 'application/geo+json' };
    }
  }
}
