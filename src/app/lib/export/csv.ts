/**
 * CSV of places and of journeys and events, written by papaparse: UTF-8 with a byte-order mark (so Excel
 * reads accents and Cyrillic right), CRLF line ends, every field quoted where needed, and text that a
 * spreadsheet would run as a formula (`=HYPERLINK(…)`, `+`, `-`, `@`) prefixed with `'` so it stays text.
 */
import Papa from 'papaparse';
import type { AtlasCollection } from '../../../core/geojson/types';
import type { OtherFeature } from '../otherFeatures';
import { eventRow, otherPointRows, placeRow, type Row, routeRow, storyLayers } from './tables';

/** Excel and LibreOffice take a file as UTF-8 only when it starts with this mark. */
export const BOM = '\uFEFF';

/** The places table's columns, in order (the importer finds latitude/longitude/name by these names). */
export const PLACE_COLUMNS = [
  'name',
  'latitude',
  'longitude',
  'type',
  'division',
  'country',
  'country_code',
  'geonames_id',
  'mentions',
  'first_excerpt',
  'color',
  'id',
] as const;

/** The journeys-and-events table's columns, in order. */
export const STORY_COLUMNS = [
  'kind',
  'name',
  'traveller',
  'from',
  'to',
  'status',
  'date',
  'date_end',
  'date_text',
  'distance_km',
  'from_latitude',
  'from_longitude',
  'to_latitude',
  'to_longitude',
  'first_excerpt',
  'id',
] as const;

/**
 * Cells a spreadsheet would run as a formula, and cells already starting with `'` before such a character
 * (so that the importer, which drops one leading `'`, gives back exactly what was written).
 */
export const FORMULA_START = /^'*[=+\-@\t\r]/;

function toCsv(rows: Row[], columns: readonly string[]): string {
  return BOM + Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}

/**
 * The places table as CSV text (with BOM), one row per place on the map, then the points of other tools'
 * files shown beside the article (`others`).
 * @example placesCsv(collection).split('\r\n')[0] // → '\uFEFFname,latitude,longitude,type,…'
 */
export function placesCsv(collection: AtlasCollection, others: readonly OtherFeature[] = []): string {
  return toCsv([...storyLayers(collection).places.map(placeRow), ...otherPointRows(others)], PLACE_COLUMNS);
}

/**
 * The journeys and events as CSV text (with BOM), in the article's order: journeys, then events.
 * @example storyCsv(collection).includes('Moscow')
 */
export function storyCsv(collection: AtlasCollection): string {
  const { routes, events, placeIndex } = storyLayers(collection);
  return toCsv([...routes.map((r) => routeRow(r, placeIndex)), ...events.map((e) => eventRow(e, placeIndex))], STORY_COLUMNS);
}
