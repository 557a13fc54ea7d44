/**
 * CSV with coordinates (a spreadsheet of places, this app's places or journeys table) as plain GeoJSON
 * features, parsed by papaparse. The latitude and longitude columns are found by name; a file without them
 * gets a message naming what is missing and the columns it has; rows with unusable numbers are skipped
 * and listed by line.
 */
import Papa from 'papaparse';
import type { Result } from '../../../core/types';
import { num, type PlainFeature } from './toAtlas';

/** Accepted names of each column, compared lower-cased with spaces, dashes and dots as underscores. */
export const COLUMN_NAMES = {
  latitude: ['latitude', 'lat', 'y', 'lat_dd', 'decimal_latitude', 'latitude_dd', 'point_y'],
  longitude: ['longitude', 'lon', 'lng', 'long', 'x', 'lon_dd', 'decimal_longitude', 'longitude_dd', 'point_x'],
  name: ['name', 'title', 'place', 'place_name', 'placename', 'label', 'location', 'city'],
  description: ['first_excerpt', 'description', 'desc', 'excerpt', 'notes', 'note', 'comment'],
} as const;

/** At most this many skipped rows are listed one by one in the message (the rest are counted). */
const MAX_LISTED_PROBLEMS = 5;

export interface CsvImport {
  features: PlainFeature[];
  /** Rows skipped, each with its line: shown beside the map. */
  warnings: string[];
}

const normalise = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s.\-/]+/g, '_');

/** This app's CSV prefixes text that starts like a formula with ' (see export/csv.ts); undo it. */
const unescapeFormula = (v: string) => (/^'+[=+\-@\t\r]/.test(v) ? v.slice(1) : v);

function findColumn(headers: string[], names: readonly string[]): string | undefined {
  return names.map((n) => headers.find((h) => normalise(h) === n)).find((h) => h !== undefined);
}

function summarise(problems: string[]): string[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_LISTED_PROBLEMS), `and ${problems.length - MAX_LISTED_PROBLEMS} more rows`];
}

/**
 * Parse CSV text into point features (or, for this app's journeys table, rows with both ends).
 * @example csvToFeatures('name,lat,lon\nMoscow,55.75,37.62').ok // → true
 */
export function csvToFeatures(text: string): Result<CsvImport> {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const headers = parsed.meta.fields ?? [];
  const fatal = parsed.errors.find((e) => e.type === 'Quotes' || e.type === 'Delimiter');
  if (fatal && parsed.data.length === 0) {
    return { ok: false, error: `The CSV file could not be read: ${fatal.message}${fatal.row !== undefined ? ` (row ${fatal.row + 1})` : ''}.` };
  }
  const columns = Object.fromEntries(headers.map((h) => [normalise(h), h]));
  const story = 'from_latitude' in columns && 'to_latitude' in columns;
  const lat = story ? undefined : findColumn(headers, COLUMN_NAMES.latitude);
  const lon = story ? undefined : findColumn(headers, COLUMN_NAMES.longitude);
  if (!story && (!lat || !lon)) {
    const missing = [!lat && `latitude (${COLUMN_NAMES.latitude.join(', ')})`, !lon && `longitude (${COLUMN_NAMES.longitude.join(', ')})`].filter(Boolean);
    const have = headers.length ? headers.map((h) => `"${h}"`).join(', ') : 'none';
    return { ok: false, error: `The CSV file has no ${missing.join(' and no ')} column. Its columns: ${have}.` };
  }
  const nameColumn = findColumn(headers, COLUMN_NAMES.name);
  const descriptionColumn = findColumn(headers, COLUMN_NAMES.description);
  const problems: string[] = [];
  for (const e of parsed.errors) {
    if (e.type === 'Quotes') problems.push(`row ${(e.row ?? 0) + 1}: ${e.message}`);
  }
  const features: PlainFeature[] = [];
  parsed.data.forEach((raw, i) => {
    const row: Record<string, string> = {};
    for (const [key, value] of Object.entries(raw)) if (typeof value === 'string') row[normalise(key)] = unescapeFormula(value);
    const where = `row ${i + 1}`;
    if (story) {
      features.push({ type: 'Feature', geometry: null, properties: row });
      return;
    }
    const y = num(raw[lat!]);
    const x = num(raw[lon!]);
    if (y === undefined || y < -90 || y > 90) {
      problems.push(`${where}: latitude ${JSON.stringify((raw[lat!] ?? '').slice(0, 40))} is not a number from -90 to 90`);
      return;
    }
    if (x === undefined || x < -180 || x > 180) {
      problems.push(`${where}: longitude ${JSON.stringify((raw[lon!] ?? '').slice(0, 40))} is not a number from -180 to 180`);
      return;
    }
    const name = nameColumn ? unescapeFormula(raw[nameColumn] ?? '') : '';
    const description = descriptionColumn ? unescapeFormula(raw[descriptionColumn] ?? '') : '';
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [x, y] },
      properties: { ...row, name: name || row.name || `Row ${i + 1}`, ...(description ? { description } : {}) },
    });
  });
  if (features.length === 0) {
    return { ok: false, error: problems.length ? `No row of the CSV file has usable coordinates: ${summarise(problems).join('; ')}.` : 'The CSV file has no rows.' };
  }
  return { ok: true, value: { features, warnings: problems.length ? [`Skipped ${problems.length} of ${parsed.data.length} rows: ${summarise(problems).join('; ')}.`] : [] } };
}
