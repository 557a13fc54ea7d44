/**
 * KML (Google Earth, Google My Maps, QGIS) of the map, with its colours. @placemarkio/tokml writes the
 * placemarks — names, descriptions, every scalar field as ExtendedData — but no styles (nor does any
 * maintained converter: the old `tokml` package's simplestyle option is unmaintained since 2017). The
 * styles are added to its output here through the DOM: one shared Style per colour, a styleUrl per
 * placemark, so the file is never written by hand and every text stays escaped by the serializer.
 */
import { toKML } from '@placemarkio/tokml';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Point } from 'geojson';
import type { AtlasCollection } from '../../../core/geojson/types';
import { slugify } from '../format';
import { OTHER_DEFAULT_COLOR, type OtherFeature } from '../otherFeatures';
import { LINE_COLORS } from '../placeStyle';
import { borderRow, cleanText, eventRow, placeColor, placeRow, type Row, routeRow, safeColor, storyLayers } from './tables';
import type { XmlTools } from './xml';

const KML_NS = 'http://www.opengis.net/kml/2.2';

/** Purple of planned events on the map (see exportGeojson.ts). */
const PLANNED_EVENT_COLOR = '#7a5cc2';

interface StyleSpec {
  /** `#rrggbb` */
  color: string;
  /** 0–1 */
  opacity: number;
  line: boolean;
}

/**
 * Google Earth reads descriptions as HTML. Text from the article is escaped first so that a name like
 * `<img onerror=…>` shows as text there; the importer undoes it for files written here.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** KML colours are aabbggrr hex. */
export function kmlColor(hex: string, opacity: number): string {
  const alpha = Math.round(Math.max(0, Math.min(1, opacity)) * 255)
    .toString(16)
    .padStart(2, '0');
  return `${alpha}${hex.slice(5, 7)}${hex.slice(3, 5)}${hex.slice(1, 3)}`;
}

const styleId = (s: StyleSpec) => `${s.line ? 'line' : 'point'}-${s.color.slice(1)}-${Math.round(s.opacity * 100)}`;

function placemark(id: string, geometry: Geometry, row: Row, description: string): Feature<Geometry, Record<string, string | number>> {
  return { type: 'Feature', id, geometry, properties: { ...row, name: cleanText(row.name), description: escapeHtml(description) } };
}

export interface KmlExport {
  kml: string;
  filename: string;
}

function describe(parts: (string | number | undefined)[]): string {
  return parts
    .filter((p) => p !== undefined && p !== '')
    .map((p) => cleanText(p))
    .join(' — ');
}

/**
 * The map as KML: places, routes, events with a place, and borders, each styled in its map colour, with
 * the first excerpt as its description; then the features of other tools' files shown beside the article
 * (`others`), in their own colours.
 * @example buildKml(collection, xmlTools()).kml.startsWith('<?xml')
 */
export function buildKml(collection: AtlasCollection, xml: XmlTools, others: readonly OtherFeature[] = []): KmlExport {
  const { places, routes, events, borders, placeIndex } = storyLayers(collection);
  const features: Feature<Geometry, Record<string, string | number>>[] = [];
  const styles: StyleSpec[] = [];
  for (const p of places) {
    const row = placeRow(p);
    features.push(placemark(p.id, p.geometry, row, describe([row.first_excerpt])));
    styles.push({ color: placeColor(p), opacity: 1, line: false });
  }
  for (const r of routes) {
    const row = routeRow(r, placeIndex);
    features.push(placemark(r.id, r.geometry as LineString | MultiLineString, row, describe([`${row.status}${row.date_text ? `, ${row.date_text}` : ''}`, row.first_excerpt])));
    styles.push({ color: LINE_COLORS.route, opacity: r.properties.status === 'happened' ? 1 : 0.7, line: true });
  }
  for (const e of events) {
    const row = eventRow(e, placeIndex);
    if (typeof row.to_longitude !== 'number' || typeof row.to_latitude !== 'number') continue;
    const point: Point = { type: 'Point', coordinates: [row.to_longitude, row.to_latitude] };
    features.push(placemark(e.id, point, row, describe([`${row.status}${row.date_text ? `, ${row.date_text}` : ''}`, row.first_excerpt])));
    styles.push({ color: e.properties.status === 'happened' ? LINE_COLORS.route : PLANNED_EVENT_COLOR, opacity: 1, line: false });
  }
  for (const b of borders) {
    const row = borderRow(b);
    features.push(placemark(b.id, b.geometry, row, describe([`${row.length_km} km`, row.source])));
    styles.push({ color: LINE_COLORS.border, opacity: 1, line: true });
  }
  for (const o of others) {
    const point = o.geometry.type === 'Point' || o.geometry.type === 'MultiPoint';
    features.push(placemark(o.id, o.geometry, { name: o.name }, o.description));
    const color = point ? o.style.markerColor : o.style.stroke;
    styles.push({ color: safeColor(color, OTHER_DEFAULT_COLOR), opacity: point ? 1 : (o.style.strokeOpacity ?? 1), line: !point });
  }
  const fc: FeatureCollection<Geometry | null> = { type: 'FeatureCollection', features };
  // tokml escapes < and & but not >, so a text holding "]]>" (which XML forbids in text) would make the file
  // unreadable; tokml writes CDATA only for {"@type": "html"} values, never given here, so every "]]>" in its output is text and is escaped here.
  const doc = xml.parse(toKML(fc).replaceAll(']]>', ']]&#x3E;'));
  addStyles(doc, styles, cleanText(collection.article.title));
  return {
    kml: `<?xml version="1.0" encoding="UTF-8"?>\n${xml.serialize(doc)}\n`,
    filename: `${slugify(collection.article.title || collection.article.id || 'article')}.kml`,
  };
}

function addStyles(doc: Document, styles: StyleSpec[], title: string): void {
  const root = doc.getElementsByTagName('Document')[0];
  if (!root) return;
  const el = (name: string, text?: string) => {
    const node = doc.createElementNS(KML_NS, name);
    if (text !== undefined) node.appendChild(doc.createTextNode(text));
    return node;
  };
  const first = root.firstChild;
  if (title) root.insertBefore(el('name', title), first);
  const seen = new Set<string>();
  for (const s of styles) {
    const id = styleId(s);
    if (seen.has(id)) continue;
    seen.add(id);
    const style = el('Style');
    style.setAttribute('id', id);
    const color = kmlColor(safeColor(s.color, '#333333'), s.opacity);
    if (s.line) {
      const line = el('LineStyle');
      line.appendChild(el('color', color));
      line.appendChild(el('width', '3'));
      style.appendChild(line);
    } else {
      const icon = el('IconStyle');
      icon.appendChild(el('color', color));
      icon.appendChild(el('scale', '1'));
      const label = el('LabelStyle');
      label.appendChild(el('scale', '0.8'));
      style.appendChild(icon);
      style.appendChild(label);
    }
    root.insertBefore(style, first);
  }
  const marks = Array.from(root.getElementsByTagName('Placemark'));
  marks.forEach((mark, i) => {
    const s = styles[i];
    if (!s) return;
    const url = el('styleUrl', `#${styleId(s)}`);
    const after = Array.from(mark.childNodes).find((n) => n.nodeType === 1 && (n as Element).localName !== 'name' && (n as Element).localName !== 'description');
    mark.insertBefore(url, after ?? null);
  });
}
