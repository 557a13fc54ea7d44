/**
 * GPX (GPS devices, hiking and fitness apps, QGIS) of the story: each journey a track from its start to its
 * end along the great-circle arc the map draws, each place a waypoint. Written by
 * @dwayneparton/geojson-to-gpx through the DOM, so every text is escaped by the serializer.
 */
import GeoJsonToGpx from '@dwayneparton/geojson-to-gpx';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { AtlasCollection } from '../../../core/geojson/types';
import { slugify } from '../format';
import type { OtherFeature } from '../otherFeatures';
import { cleanText, OTHER_POINT_TYPE, otherPointRows, placeRow, routeRow, storyLayers } from './tables';
import type { XmlTools } from './xml';

export interface GpxExport {
  gpx: string;
  filename: string;
}

const wrapLon = (lon: number): number => (lon > 180 || lon < -180 ? ((((lon + 180) % 360) + 360) % 360) - 180 : lon);

/**
 * The journeys as GPX tracks (`<type>` journey; a journey across the date line is one track of two
 * segments) and the places as waypoints (`<type>` the place type), with the first excerpt as `<desc>`;
 * then the points and lines of other tools' files shown beside the article (GPX has no areas).
 * @example buildGpx(collection, xmlTools()).gpx.includes('<trk>')
 */
export function buildGpx(collection: AtlasCollection, xml: XmlTools, others: readonly OtherFeature[] = []): GpxExport {
  const { places, routes, placeIndex } = storyLayers(collection);
  const features: Feature<Geometry, Record<string, string>>[] = [];
  for (const p of places) {
    const row = placeRow(p);
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [row.longitude as number, row.latitude as number] },
      properties: { name: String(row.name), desc: String(row.first_excerpt), type: String(row.type) },
    });
  }
  for (const r of routes) {
    const row = routeRow(r, placeIndex);
    const g = r.geometry;
    const lines = (g.type === 'LineString' ? [g.coordinates] : g.coordinates).map((line) => line.map((q) => [wrapLon(q[0]!), q[1]!]));
    const desc = [`${row.status}${row.date_text ? `, ${row.date_text}` : ''}`, row.distance_km === '' ? '' : `${row.distance_km} km`, row.first_excerpt]
      .filter(Boolean)
      .join(' — ');
    features.push({
      type: 'Feature',
      geometry: lines.length === 1 ? { type: 'LineString', coordinates: lines[0]! } : { type: 'MultiLineString', coordinates: lines },
      properties: { name: String(row.name), desc: cleanText(desc), type: 'journey' },
    });
  }
  for (const row of otherPointRows(others)) {
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [row.longitude as number, row.latitude as number] },
      properties: { name: String(row.name), desc: String(row.first_excerpt), type: String(row.type) },
    });
  }
  for (const o of others) {
    if (o.geometry.type !== 'LineString' && o.geometry.type !== 'MultiLineString') continue;
    features.push({ type: 'Feature', geometry: o.geometry, properties: { name: cleanText(o.name), desc: cleanText(o.description), type: OTHER_POINT_TYPE } });
  }
  const fc: FeatureCollection = { type: 'FeatureCollection', features };
  const title = cleanText(collection.article.title);
  const doc = GeoJsonToGpx(fc, { creator: 'news-atlas', metadata: title ? { name: title } : {} }, xml.implementation);
  const text = xml.serialize(doc);
  return {
    gpx: text.startsWith('<?xml') ? `${text}\n` : `<?xml version="1.0" encoding="UTF-8"?>\n${text}\n`,
    filename: `${slugify(collection.article.title || collection.article.id || 'article')}.gpx`,
  };
}
