/**
 * Building the "Export GeoJSON" file: what the map shows (places, routes, borders, the timeline's events)
 * and the article's checked numbers, plus the article's metadata and text, so that the file re-imports
 * without loss — as RFC 7946 GeoJSON with simplestyle-spec properties so geojson.io shows the same
 * colours. Pure: no DOM; the download and clipboard live in the component.
 */
import type { Position } from 'geojson';
import type { AtlasCollection, AtlasFeature } from '../../core/geojson/types';
import { mapLayers } from './collection';
import { slugify } from './format';
import type { OtherFeature } from './otherFeatures';
import { LINE_COLORS, MARKER_STYLES, markerClassOf } from './placeStyle';
import { sanitizeForExport } from './sanitize';

export interface GeojsonExport {
  collection: AtlasCollection;
  /** The file's text (pretty-printed JSON). */
  json: string;
  /** e.g. "russian-foreign-minister-lavrov-accepts-invitation-to-visit-dprk.geojson" */
  filename: string;
}

/** Wrap a longitude into [-180, 180] (RFC 7946 positions; the map may use unwrapped ones). */
const wrapLon = (lon: number): number => (lon > 180 || lon < -180 ? ((((lon + 180) % 360) + 360) % 360) - 180 : lon);

function wrapPositions<T>(coords: T): T {
  if (Array.isArray(coords) && typeof coords[0] === 'number') {
    const p = coords as unknown as Position;
    return [wrapLon(p[0] as number), ...p.slice(1)] as unknown as T;
  }
  return Array.isArray(coords) ? (coords.map(wrapPositions) as unknown as T) : coords;
}

function excerptSummary(feature: AtlasFeature): string {
  const { mentions } = feature.properties;
  if (mentions.length === 0) return '';
  const first = mentions[0]!.excerpt;
  return mentions.length > 1 ? `${first} (+${mentions.length - 1} more mentions)` : first;
}

function styled(feature: AtlasFeature): AtlasFeature {
  const f = structuredClone(feature);
  if (f.geometry && 'coordinates' in f.geometry) {
    f.geometry = { ...f.geometry, coordinates: wrapPositions(f.geometry.coordinates) } as typeof f.geometry;
  }
  const p = f.properties;
  p.title = p.name;
  if (p.kind === 'place') {
    const style = MARKER_STYLES[markerClassOf(p.placeType)];
    p['marker-color'] = style.color;
    p['marker-size'] = style.markerClass === 'capital' || style.markerClass === 'country' ? 'large' : 'medium';
    p.description = excerptSummary(f);
  } else if (p.kind === 'route') {
    p.stroke = LINE_COLORS.route;
    p['stroke-width'] = 3;
    p['stroke-opacity'] = p.status === 'happened' ? 1 : 0.7;
    p.description = [`${p.status}, ${p.date?.label ?? ''}`.replace(/, $/, ''), excerptSummary(f)].filter(Boolean).join(' — ');
  } else if (p.kind === 'event') {
    p['marker-color'] = p.status === 'happened' ? LINE_COLORS.route : '#7a5cc2';
    p.description = [`${p.status}${p.date?.label ? `, ${p.date.label}` : ''}`, excerptSummary(f)].filter(Boolean).join(' — ');
  } else if (p.kind === 'claim') {
    p.description = p.verdict;
  } else if (p.kind === 'border') {
    p.stroke = LINE_COLORS.border;
    p['stroke-width'] = 3;
    p.description = `Length ${Math.round(p.lengthKm)} km (${p.source})`;
  }
  return f;
}

/**
 * The export of a collection: the drawn layers, the events and the checked numbers, styled, with the article
 * (including its text), and the features of other tools' files shown beside it (`others`), as they were read.
 * @example buildExport(collection).filename // → 'russian-foreign-minister-lavrov-accepts-invitation-to-visit-dprk.geojson'
 */
export function buildExport(collection: AtlasCollection, others: readonly OtherFeature[] = []): GeojsonExport {
  const { places, routes, borders } = mapLayers(collection);
  const story = collection.features.filter((f) => f.properties.kind === 'event' || f.properties.kind === 'claim');
  // Unknown members read from an opened file go out as data only: no link, style or markup (sanitize.ts).
  const out: AtlasCollection = sanitizeForExport({
    type: 'FeatureCollection',
    article: { ...collection.article, text: collection.article.text ?? '' },
    features: [
      ...[...places, ...routes, ...borders, ...story].map(styled),
      // Other tools' features keep their own properties (cleaned like any unknown member) and no app `kind`,
      // so the file opens again with them as the layer they were.
      ...others.map((o) => ({ type: 'Feature', id: o.id, geometry: o.geometry, properties: { ...o.properties } }) as unknown as AtlasFeature),
    ],
    // What a person's edits changed and removed (src/core/edits/types.ts), so a reader of the file can tell.
    ...(collection.edits ? { edits: collection.edits } : {}),
  });
  return {
    collection: out,
    json: `${JSON.stringify(out, null, 2)}\n`,
    filename: `${slugify(collection.article.title || collection.article.id || 'article')}.geojson`,
  };
}
