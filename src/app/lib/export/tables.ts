/**
 * The map as flat tables: one row of scalar values per place, per journey or event, per border. The CSV,
 * the GIS-friendly GeoJSON, the KML's extended data and the GPX descriptions are all written from these
 * rows, so every format names and orders the same fields. Pure: no DOM.
 */

import type {
  AtlasCollection,
  BorderFeature,
  EventFeature,
  PlaceFeature,
  RouteFeature,
} from '../../../core/geojson/types';
import { mapLayers } from '../collection';
import { countryName } from '../format';
import { LINE_COLORS, MARKER_STYLES, markerClassOf } from '../placeStyle';
import { countryNameOf, divisionName } from '../placeWords';

/** A row of scalar cells: what a spreadsheet, a GIS attribute table or KML ExtendedData can hold. */
export type Row = Record<string, string | number>;

/**
 * Characters XML 1.0 cannot carry at all (C0 controls other than tab/LF/CR, U+FFFE/U+FFFF) and lone
 * surrogates, which would make a KML or GPX file unreadable: dropped from every exported string.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Longest text cell written: a name or excerpt longer than this is cut (spreadsheets cap cells at 32,767). */
export const MAX_CELL_CHARS = 2000;

/**
 * Text safe for any export format: no control characters or lone surrogates, at most MAX_CELL_CHARS.
 * @example cleanText('Mos\u0007cow') // → 'Moscow'
 */
export function cleanText(value: unknown): string {
  const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  // XML parsers read every CR and CRLF as LF, so line ends are written as LF in every format alike.
  const clean = text.replace(UNSAFE_CHARS, '').replace(/\r\n?/g, '\n');
  return clean.length > MAX_CELL_CHARS ? `${clean.slice(0, MAX_CELL_CHARS - 1)}…` : clean;
}

/**
 * A colour as `#rrggbb`, or the fallback when the value is anything else (a file's colour property is
 * untrusted: `red;background:url(…)` never reaches a style).
 * @example safeColor('#B3261E', '#000000') // → '#b3261e'
 */
export function safeColor(value: unknown, fallback: string): string {
  return typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value) ? value.toLowerCase() : fallback;
}

const round = (value: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** Coordinates to 6 decimals (about 0.1 m): more would be noise, fewer would move places. */
const COORD_DECIMALS = 6;

function firstExcerpt(feature: { properties: { mentions: { excerpt: string }[] } }): string {
  return cleanText(feature.properties.mentions[0]?.excerpt ?? '');
}

/** The colour a place is drawn in on the map. */
export function placeColor(place: PlaceFeature): string {
  return MARKER_STYLES[markerClassOf(place.properties.placeType)].color;
}

/** The colour of a route on the map (planned and proposed ones are drawn fainter, in the same blue). */
export function routeColor(_route: RouteFeature): string {
  return LINE_COLORS.route;
}

/**
 * One row per place: what a spreadsheet or charting tool needs to put it on a map.
 * @example placeRow(moscow) // → { name: 'Moscow', latitude: 55.752, longitude: 37.616, type: 'capital', … }
 */
export function placeRow(place: PlaceFeature): Row {
  const p = place.properties;
  const [lon, lat] = place.geometry.coordinates as [number, number];
  const gazetteer = p.gazetteer ?? { source: '', id: '' };
  return {
    id: cleanText(place.id),
    name: cleanText(p.name),
    latitude: round(lat, COORD_DECIMALS),
    longitude: round(lon, COORD_DECIMALS),
    type: cleanText(p.placeType),
    // By name ("Missouri"), as the tooltip says it; a file from elsewhere may carry only a code or nothing.
    division: cleanText(divisionName(place) ?? ''),
    country: cleanText(countryNameOf(place) || countryName(p.countryCode) || p.countryCode || ''),
    country_code: cleanText(p.countryCode ?? ''),
    geonames_id: gazetteer.source === 'geonames' ? cleanText(gazetteer.id) : '',
    mentions: p.mentions.length,
    first_excerpt: firstExcerpt(place),
    color: placeColor(place),
  };
}

/** A place's name by its feature id, for the from/to columns of journeys. */
type PlaceIndex = ReadonlyMap<string, PlaceFeature>;

function endPoint(route: RouteFeature, which: 'first' | 'last'): [number, number] {
  const g = route.geometry;
  const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  const line = which === 'first' ? lines[0]! : lines[lines.length - 1]!;
  const p = which === 'first' ? line[0]! : line[line.length - 1]!;
  return [p[0]!, p[1]!];
}

/**
 * One row per journey: traveller, from, to, status, date and distance, with both ends' coordinates (the
 * flow maps of charting tools draw from these).
 * @example routeRow(route, places).from // → 'Moscow'
 */
export function routeRow(route: RouteFeature, places: PlaceIndex): Row {
  const p = route.properties;
  const from = places.get(p.from);
  const to = places.get(p.to);
  const [fromLon, fromLat] = from ? (from.geometry.coordinates as [number, number]) : endPoint(route, 'first');
  const [toLon, toLat] = to ? (to.geometry.coordinates as [number, number]) : endPoint(route, 'last');
  return {
    id: cleanText(route.id),
    kind: 'journey',
    name: cleanText(p.name),
    traveller: cleanText((p.actors ?? []).join('; ')),
    from: cleanText(from?.properties.name ?? p.from),
    to: cleanText(to?.properties.name ?? p.to),
    status: cleanText(p.status),
    date: cleanText(p.date?.start ?? ''),
    date_end: cleanText(p.date?.end ?? ''),
    date_text: cleanText(p.date?.label ?? ''),
    distance_km: Number.isFinite(p.distanceKm) ? round(p.distanceKm, 1) : '',
    from_latitude: round(fromLat, COORD_DECIMALS),
    from_longitude: round(fromLon, COORD_DECIMALS),
    to_latitude: round(toLat, COORD_DECIMALS),
    to_longitude: round(toLon, COORD_DECIMALS),
    first_excerpt: firstExcerpt(route),
  };
}

/**
 * One row per event (a meeting, a summit): who, where, status and date; journeys' columns it lacks stay empty.
 * @example eventRow(summit, places).to // → 'Panmunjom'
 */
export function eventRow(event: EventFeature, places: PlaceIndex): Row {
  const p = event.properties;
  const place = p.place ? places.get(p.place) : undefined;
  const point = event.geometry?.coordinates ?? place?.geometry.coordinates;
  return {
    id: cleanText(event.id),
    kind: 'event',
    name: cleanText(p.name),
    traveller: cleanText((p.participants ?? []).join('; ')),
    from: '',
    to: cleanText(place?.properties.name ?? p.place ?? ''),
    status: cleanText(p.status),
    date: cleanText(p.date?.start ?? ''),
    date_end: cleanText(p.date?.end ?? ''),
    date_text: cleanText(p.date?.label ?? ''),
    distance_km: '',
    from_latitude: '',
    from_longitude: '',
    to_latitude: point ? round(point[1]!, COORD_DECIMALS) : '',
    to_longitude: point ? round(point[0]!, COORD_DECIMALS) : '',
    first_excerpt: firstExcerpt(event),
  };
}

/**
 * One row per border line the map draws.
 * @example borderRow(border).length_km // → 17.7
 */
export function borderRow(border: BorderFeature): Row {
  const p = border.properties;
  return {
    id: cleanText(border.id),
    name: cleanText(p.name),
    countries: cleanText((p.countries ?? []).join('; ')),
    length_km: Number.isFinite(p.lengthKm) ? round(p.lengthKm, 2) : '',
    source: cleanText(p.source),
  };
}

export interface StoryLayers {
  places: PlaceFeature[];
  routes: RouteFeature[];
  events: EventFeature[];
  borders: BorderFeature[];
  placeIndex: PlaceIndex;
}

/**
 * What the exports are written from: the map's layers, the story's events, and places by id.
 * @example storyLayers(collection).events.length
 */
export function storyLayers(collection: AtlasCollection): StoryLayers {
  const { places, routes, borders } = mapLayers(collection);
  const events = collection.features.filter((f): f is EventFeature => f.properties.kind === 'event');
  return { places, routes, events, borders, placeIndex: new Map(places.map((p) => [p.id, p])) };
}
