/**
 * GeoJSON for desktop GIS (QGIS, ArcGIS, ogr2ogr): one file per layer, each with one geometry type and
 * only scalar properties — the app's full export nests mentions, candidates and dates, which GIS turns
 * into JSON-text columns, and mixes points, lines and features without geometry in one layer.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Position } from 'geojson';
import type { AtlasCollection } from '../../../core/geojson/types';
import { slugify } from '../format';
import { LINE_COLORS } from '../placeStyle';
import { borderRow, eventRow, placeRow, type Row, routeRow, storyLayers } from './tables';

export type GisLayerName = 'places' | 'routes' | 'events' | 'borders' | 'areas';

export interface GisLayer {
  name: GisLayerName;
  collection: FeatureCollection<Point | MultiLineString | MultiPolygon, Row>;
  /** The file's text. */
  json: string;
  /** e.g. "lavrov-visits-dprk.places.geojson" */
  filename: string;
}

/** The country polygons the areas layer is cut from (the basemap's, decoded; see loadBasemap.ts). */
export interface CountryShape {
  properties: { name: string; cca2: string; cca3: string };
  geometry: MultiPolygon;
}

const wrapLon = (lon: number): number => (lon > 180 || lon < -180 ? ((((lon + 180) % 360) + 360) % 360) - 180 : lon);
const position = (p: Position): Position => [wrapLon(p[0]!), p[1]!];

function layer<G extends Point | MultiLineString | MultiPolygon>(
  name: GisLayerName,
  base: string,
  features: Feature<G, Row>[],
): GisLayer {
  const collection: FeatureCollection<G, Row> = { type: 'FeatureCollection', features };
  return { name, collection, json: `${JSON.stringify(collection)}\n`, filename: `${base}.${name}.geojson` };
}

function multiLine(g: { type: 'LineString'; coordinates: Position[] } | MultiLineString): MultiLineString {
  const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  return { type: 'MultiLineString', coordinates: lines.map((line) => line.map(position)) };
}

/**
 * The map as GIS layers: places (points), routes (multilines: a route across the date line is two
 * lines), events (points, for those with a place), borders (multilines) and, when the country shapes are
 * given, areas (the countries the article names, as multipolygons). Empty layers are left out.
 * @example gisLayers(collection).map((l) => l.filename) // → ['article.places.geojson', 'article.routes.geojson', …]
 */
export function gisLayers(collection: AtlasCollection, countries: readonly CountryShape[] = []): GisLayer[] {
  const base = slugify(collection.article.title || collection.article.id || 'article');
  const { places, routes, events, borders, placeIndex } = storyLayers(collection);
  const out: GisLayer[] = [];
  const point = (p: Position): Point => ({ type: 'Point', coordinates: position(p) });
  out.push(
    layer(
      'places',
      base,
      places.map((p) => ({ type: 'Feature', id: p.id, properties: placeRow(p), geometry: point(p.geometry.coordinates) })),
    ),
  );
  out.push(
    layer(
      'routes',
      base,
      routes.map((r) => ({
        type: 'Feature',
        id: r.id,
        properties: { ...routeRow(r, placeIndex), color: LINE_COLORS.route },
        geometry: multiLine(r.geometry),
      })),
    ),
  );
  const eventFeatures: Feature<Point, Row>[] = [];
  for (const e of events) {
    const row = eventRow(e, placeIndex);
    if (typeof row.to_latitude !== 'number' || typeof row.to_longitude !== 'number') continue;
    eventFeatures.push({ type: 'Feature', id: e.id, properties: row, geometry: point([row.to_longitude, row.to_latitude]) });
  }
  out.push(layer('events', base, eventFeatures));
  out.push(
    layer(
      'borders',
      base,
      borders.map((b) => ({ type: 'Feature', id: b.id, properties: { ...borderRow(b), color: LINE_COLORS.border }, geometry: multiLine(b.geometry) })),
    ),
  );
  const named = new Set(places.filter((p) => p.properties.placeType === 'country').flatMap((p) => [p.properties.countryCode, p.properties.iso3 ?? '']));
  named.delete('');
  const areas = countries
    .filter((c) => named.has(c.properties.cca2) || named.has(c.properties.cca3))
    .map(
      (c): Feature<MultiPolygon, Row> => ({
        type: 'Feature',
        id: `area:${c.properties.cca3 || c.properties.name}`,
        properties: { name: c.properties.name, country_code: c.properties.cca2, iso3: c.properties.cca3, source: 'Natural Earth via world-atlas' },
        geometry: c.geometry,
      }),
    );
  out.push(layer('areas', base, areas));
  return out.filter((l) => l.collection.features.length > 0);
}
