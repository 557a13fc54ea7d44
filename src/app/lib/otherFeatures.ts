/**
 * Features of GeoJSON files from other tools (no app `kind`): named points, lines and polygons shown as a
 * layer of their own. What the reader keeps of them is plain data: the name and description as text, and
 * simplestyle colours only when they are a safe colour value (#hex or a CSS colour name), never a `url(…)`,
 * an expression or markup. Pure: no DOM.
 */
import type { LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon } from 'geojson';

/** The geometries an other-tool feature may have (GeometryCollection is not drawn). */
export type OtherGeometry = Point | MultiPoint | LineString | MultiLineString | Polygon | MultiPolygon;

/** simplestyle-spec colours and widths that passed the safety check (absent when missing or unsafe). */
export interface OtherStyle {
  /** `marker-color`: the fill of a point's marker. */
  markerColor?: string;
  /** `stroke`: a line's or outline's colour. */
  stroke?: string;
  strokeWidth?: number;
  strokeOpacity?: number;
  /** `fill`: a polygon's fill colour. */
  fill?: string;
  fillOpacity?: number;
}

/**
 * A feature of a plain GeoJSON file, as the reader hands it to the map. Other readers (KML, GPX, CSV imports
 * converted to GeoJSON) produce it through `readGeojson`, never by hand.
 */
export interface OtherFeature {
  /** The feature's own id, else `other:<position in the file, from 1>`. */
  id: string;
  geometry: OtherGeometry;
  /** Its `name` (or `title`, `Name`, `label`) as text; '' when it has none. */
  name: string;
  /** Its `description` (or `desc`) as text, never HTML; '' when it has none. */
  description: string;
  style: OtherStyle;
  /** Every property, as data only: never rendered as a link, a style or markup. */
  properties: Record<string, unknown>;
}

/** The colour of another tool's feature that names none (or an unsafe one), on the map and in exports. */
export const OTHER_DEFAULT_COLOR = '#6a3d9a';

/** Longest name or description kept for display; the full value stays in `properties`. */
export const MAX_OTHER_TEXT = 2000;

/** CSS named colours (CSS Color Module Level 4), the only words accepted as a colour. */
const CSS_COLOR_NAMES = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood ' +
    'cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray ' +
    'darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen ' +
    'darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue ' +
    'firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew ' +
    'hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan ' +
    'lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray ' +
    'lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue ' +
    'mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred ' +
    'midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid ' +
    'palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple ' +
    'rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue ' +
    'slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white ' +
    'whitesmoke yellow yellowgreen'
  ).split(' '),
);

/**
 * A colour value safe to put in a style: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa` (simplestyle also allows
 * the digits without `#`) or a CSS colour name; anything else (`url(…)`, `expression(…)`, `red;…`) is null.
 * @example safeColor('7e7e7e') // → '#7e7e7e'
 * @example safeColor('url(http://x/)') // → null
 */
export function safeColor(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(v);
  if (hex) return `#${hex[1]!.toLowerCase()}`;
  return CSS_COLOR_NAMES.has(v.toLowerCase()) ? v.toLowerCase() : null;
}

const number = (value: unknown, min: number, max: number): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : undefined;

/** Widest stroke drawn from a file, in pixels: wider is a mistake or an attempt to cover the map. */
const MAX_STROKE_WIDTH = 20;

/**
 * The safe simplestyle of a feature's properties.
 * @example otherStyle({ stroke: '#f00', fill: 'url(x)' }) // → { stroke: '#f00' }
 */
export function otherStyle(properties: Record<string, unknown>): OtherStyle {
  const style: OtherStyle = {};
  const markerColor = safeColor(properties['marker-color']);
  const stroke = safeColor(properties.stroke);
  const fill = safeColor(properties.fill);
  if (markerColor) style.markerColor = markerColor;
  if (stroke) style.stroke = stroke;
  if (fill) style.fill = fill;
  const strokeWidth = number(properties['stroke-width'], 0, MAX_STROKE_WIDTH);
  const strokeOpacity = number(properties['stroke-opacity'], 0, 1);
  const fillOpacity = number(properties['fill-opacity'], 0, 1);
  if (strokeWidth !== undefined) style.strokeWidth = strokeWidth;
  if (strokeOpacity !== undefined) style.strokeOpacity = strokeOpacity;
  if (fillOpacity !== undefined) style.fillOpacity = fillOpacity;
  return style;
}

/** Text of a value that tools write as a string or as `{ value: string }` (KML's HTML descriptions). */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value && typeof value === 'object' && typeof (value as { value?: unknown }).value === 'string') {
    return (value as { value: string }).value;
  }
  return '';
}

const NAME_KEYS = ['name', 'title', 'Name', 'NAME', 'label', 'Title'];
const DESCRIPTION_KEYS = ['description', 'desc', 'Description', 'DESCRIPTION'];

function firstText(properties: Record<string, unknown>, keys: string[]): string {
  for (const key of keys) {
    const t = textOf(Object.hasOwn(properties, key) ? properties[key] : undefined).trim();
    if (t) return t.length > MAX_OTHER_TEXT ? `${t.slice(0, MAX_OTHER_TEXT)}…` : t;
  }
  return '';
}

/**
 * Build the reader's view of a checked feature (the geometry was validated by the schema).
 * @example toOtherFeature({ geometry: { type: 'Point', coordinates: [2.35, 48.86] }, properties: { name: 'Paris' } }, 3).name // → 'Paris'
 */
export function toOtherFeature(
  feature: { id?: string | number; geometry: OtherGeometry; properties?: Record<string, unknown> | null },
  position: number,
): OtherFeature {
  // A null-prototype copy: keys such as "constructor" stay plain data.
  const properties: Record<string, unknown> = Object.assign(Object.create(null), feature.properties ?? {});
  return {
    id: feature.id !== undefined ? String(feature.id) : `other:${position}`,
    geometry: feature.geometry,
    name: firstText(properties, NAME_KEYS),
    description: firstText(properties, DESCRIPTION_KEYS),
    style: otherStyle(properties),
    properties,
  };
}
