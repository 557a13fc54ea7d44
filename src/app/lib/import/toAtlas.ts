/**
 * Plain GeoJSON features (from KML, GPX, CSV or another tool) back into the app's features. Rows this app
 * exported — in the CSV, the GIS layers, KML ExtendedData or GPX types — name their kind, type and ends,
 * and become places, routes, events and borders again; anything else is left as it came (a feature
 * without `kind`), for the reader to show as another tool's feature. Pure: no DOM.
 */
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Position } from 'geojson';
import { PLACE_TYPES } from '../../../core/gazetteer/types';
import { greatCircleArc } from '../../../core/geo/greatCircle';
import type { RouteStatus, StoryDate } from '../../../core/geojson/types';
import type { PlaceType } from '../../../core/types';

type Props = Record<string, unknown>;
export type PlainFeature = Feature<Geometry | null, Props>;

const STATUSES: readonly RouteStatus[] = ['happened', 'planned', 'proposed', 'cancelled'];
const KINDS = new Set(['place', 'route', 'event', 'border', 'claim']);

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '');
/** A number from a cell or ExtendedData value ('' and words are not numbers). */
export function num(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  const n = Number(v.trim());
  return Number.isFinite(n) ? n : undefined;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'x';

/** Descriptions of this app's KML were HTML-escaped for Google Earth (see export/kml.ts); undo that. */
export function unescapeHtml(text: string): string {
  return text.replace(/&#(\d+);|&(lt|gt|amp|quot|apos);/g, (_, code: string | undefined, name: string | undefined) => {
    if (code) {
      const n = Number(code);
      return n === 38 || n === 60 || n === 62 || n === 34 || n === 39 ? String.fromCharCode(n) : `&#${code};`;
    }
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[name as 'lt'];
  });
}

function storyDate(p: Props): StoryDate {
  const start = str(p.date);
  const end = str(p.date_end);
  const iso = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
  return {
    ...(iso(start) ? { start } : {}),
    ...(iso(end) ? { end } : {}),
    label: str(p.date_text),
    precision: iso(start) ? 'day' : 'unknown',
  };
}

const status = (v: unknown): RouteStatus => (STATUSES.includes(v as RouteStatus) ? (v as RouteStatus) : 'happened');
const people = (v: unknown): string[] =>
  str(v)
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/** Lines from a (Multi)LineString or a GeometryCollection of them (KML's MultiGeometry reads back as one). */
function lineGeometry(g: Geometry | null): LineString | MultiLineString | null {
  if (!g) return null;
  if (g.type === 'LineString' || g.type === 'MultiLineString') return g;
  if (g.type === 'GeometryCollection') {
    const lines: Position[][] = [];
    for (const part of g.geometries) {
      if (part.type === 'LineString') lines.push(part.coordinates);
      else if (part.type === 'MultiLineString') lines.push(...part.coordinates);
      else return null;
    }
    return lines.length === 1 ? { type: 'LineString', coordinates: lines[0]! } : lines.length ? { type: 'MultiLineString', coordinates: lines } : null;
  }
  return null;
}

function idOf(f: PlainFeature, fallback: string): string {
  const id = str(f.properties?.id) || (typeof f.id === 'string' || typeof f.id === 'number' ? String(f.id) : '');
  return id || fallback;
}

const descriptionOf = (p: Props): string => unescapeHtml(str(p.first_excerpt) || str(p.description) || str(p.desc));

interface Context {
  placeIdsByName: Map<string, string>;
  /** Ids given so far: names that slug alike ('Ƞa', ' a') still get distinct ids, which the reader requires. */
  used: Set<string>;
}

function uniqueId(id: string, ctx: Context): string {
  let out = id;
  for (let n = 2; ctx.used.has(out); n++) out = `${id}-${n}`;
  ctx.used.add(out);
  return out;
}

function placeIdFor(name: string, ctx: Context): string {
  return ctx.placeIdsByName.get(name) ?? `place:${slug(name)}`;
}

function asPlace(f: PlainFeature, index: number, anyPoint: boolean, ctx: Context): PlainFeature | null {
  const p = f.properties ?? {};
  if (f.geometry?.type !== 'Point') return null;
  const type = str(p.type) || str(p.placeType);
  const id = idOf(f, '');
  if (!anyPoint && !PLACE_TYPES.includes(type as PlaceType) && !id.startsWith('place:')) return null;
  if (p.kind !== undefined && p.kind !== 'place') return null;
  const geonames = str(p.geonames_id);
  const name = str(p.name) || `Place ${index + 1}`;
  return {
    type: 'Feature',
    id: uniqueId(id || `place:${slug(name)}`, ctx),
    geometry: { type: 'Point', coordinates: f.geometry.coordinates.slice(0, 2) },
    properties: {
      kind: 'place',
      name,
      mentions: [],
      placeType: PLACE_TYPES.includes(type as PlaceType) ? type : 'landmark',
      countryCode: str(p.country_code) || str(p.countryCode),
      gazetteer: geonames ? { source: 'geonames', id: geonames } : { source: 'import', id: '' },
      confidence: 1,
      candidates: [],
      reference: 'literal',
      description: descriptionOf(p),
    },
  };
}

function asRoute(f: PlainFeature, index: number, ctx: Context): PlainFeature | null {
  const p = f.properties ?? {};
  const id = idOf(f, '');
  if (p.kind !== 'journey' && p.type !== 'journey' && !id.startsWith('route:')) return null;
  let geometry = lineGeometry(f.geometry);
  const a = [num(p.from_longitude), num(p.from_latitude)];
  const b = [num(p.to_longitude), num(p.to_latitude)];
  if (!geometry && a.every((v) => v !== undefined) && b.every((v) => v !== undefined)) {
    geometry = greatCircleArc(a as [number, number], b as [number, number], { split: true });
  }
  if (!geometry) return null;
  const name = str(p.name) || `Journey ${index + 1}`;
  const distance = num(p.distance_km);
  return {
    type: 'Feature',
    id: uniqueId(id || `route:${index}`, ctx),
    geometry,
    properties: {
      kind: 'route',
      name,
      mentions: [],
      from: placeIdFor(str(p.from), ctx),
      to: placeIdFor(str(p.to), ctx),
      actors: people(p.traveller),
      date: storyDate(p),
      status: status(p.status),
      distanceKm: distance ?? 0,
      ellipsoidKm: distance ?? 0,
      confidence: 1,
      description: descriptionOf(p),
    },
  };
}

function asEvent(f: PlainFeature, index: number, ctx: Context): PlainFeature | null {
  const p = f.properties ?? {};
  if (p.kind !== 'event') return null;
  const lon = num(p.to_longitude);
  const lat = num(p.to_latitude);
  const geometry = f.geometry?.type === 'Point' ? f.geometry : lon !== undefined && lat !== undefined ? { type: 'Point' as const, coordinates: [lon, lat] } : null;
  const where = str(p.to);
  return {
    type: 'Feature',
    id: uniqueId(idOf(f, `event:${index}`), ctx),
    geometry,
    properties: {
      kind: 'event',
      name: str(p.name) || `Event ${index + 1}`,
      mentions: [],
      ...(where ? { place: placeIdFor(where, ctx) } : {}),
      participants: people(p.traveller),
      date: storyDate(p),
      status: status(p.status),
      confidence: 1,
      description: descriptionOf(p),
    },
  };
}

function asBorder(f: PlainFeature, index: number, ctx: Context): PlainFeature | null {
  const p = f.properties ?? {};
  const id = idOf(f, '');
  if (!id.startsWith('border:')) return null;
  const geometry = lineGeometry(f.geometry);
  if (!geometry) return null;
  return {
    type: 'Feature',
    id: uniqueId(id, ctx),
    geometry,
    properties: {
      kind: 'border',
      name: str(p.name) || `Border ${index + 1}`,
      mentions: [],
      countries: people(p.countries),
      lengthKm: num(p.length_km) ?? 0,
      source: str(p.source),
    },
  };
}

/**
 * Turn plain features into the app's where they carry this app's export fields; others pass unchanged.
 * Features already in the app's own shape (a `kind` and `mentions`) pass unchanged too. With
 * `pointsArePlaces` (a table of places, KML placemarks, GPX waypoints) every point is a place.
 * @example toAtlasFeatures([{ type: 'Feature', geometry: { type: 'Point', coordinates: [37.6, 55.7] }, properties: { name: 'Moscow', type: 'capital' } }])[0].properties.kind // → 'place'
 */
export function toAtlasFeatures(features: readonly PlainFeature[], pointsArePlaces = false): PlainFeature[] {
  const ctx: Context = { placeIdsByName: new Map(), used: new Set() };
  const out: (PlainFeature | null)[] = features.map(() => null);
  // Places first, so journeys and events can point at them by name.
  features.forEach((f, i) => {
    const p = f.properties ?? {};
    if (KINDS.has(p.kind as string) && Array.isArray(p.mentions)) {
      out[i] = f;
      if (typeof f.id === 'string') ctx.used.add(f.id);
      return;
    }
    const place = asPlace(f, i, pointsArePlaces, ctx);
    if (place) {
      out[i] = place;
      if (!ctx.placeIdsByName.has(place.properties.name as string)) ctx.placeIdsByName.set(place.properties.name as string, String(place.id));
    }
  });
  features.forEach((f, i) => {
    if (out[i]) return;
    out[i] = asRoute(f, i, ctx) ?? asEvent(f, i, ctx) ?? asBorder(f, i, ctx) ?? f;
  });
  return out as PlainFeature[];
}

/**
 * A FeatureCollection with the app's `article` member, for the reader, from converted features.
 * @example atlasCollection(features, 'trip.kml').article.title // → 'trip.kml'
 */
export function atlasCollection(
  features: readonly PlainFeature[],
  title: string,
  pointsArePlaces = false,
): FeatureCollection & { article: { id: string; title: string; text: string } } {
  return {
    type: 'FeatureCollection',
    article: { id: `import:${slug(title)}`, title, text: '' },
    features: toAtlasFeatures(features, pointsArePlaces) as Feature[],
  };
}
