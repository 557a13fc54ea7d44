/**
 * The basemap's names as tile data: countries, oceans and seas, capitals and cities, US states (from
 * data/labels.json), and the US state lines, projected to zoom-0 world pixels for the tile drawer.
 * Pure: no DOM, no Leaflet.
 */
import { type Box, boxOf, projectPositions } from './tileGeometry';

export type LabelKind = 'ocean' | 'sea' | 'country' | 'state' | 'capital' | 'city';

/** In the order of data/labels.json's kinds; a label's kind is an index into this list. */
export const LABEL_KINDS: readonly LabelKind[] = ['ocean', 'sea', 'country', 'state', 'capital', 'city'];

export interface LabelLayerData {
  kind: 'labels';
  texts: string[];
  /** x, y of each label in world pixels at zoom 0. */
  xy: Float64Array;
  /** Index into LABEL_KINDS. */
  labelKind: Uint8Array;
  /** From this zoom the label may show (if it finds room). */
  minZoom: Uint8Array;
  lineCoords: Float64Array;
  /** Start of each line in `lineCoords` (in vertices), plus one end marker. */
  lineStart: Uint32Array;
  lineBoxes: Float64Array;
  linesMinZoom: number;
}

/** data/labels.json as fetched: rows [text, lon, lat, kind, minZoom] in order of priority, and lines. */
export interface LabelsJson {
  labels: [string, number, number, string, number][];
  stateLines: number[][];
  stateLinesMinZoom: number;
}

/** A place the article puts on the map with its own marker and tooltip. */
export interface MarkedPlace {
  name: string;
  /** [lon, lat] */
  position: readonly number[];
}

/**
 * A city name within this many degrees of an article's marker is that marker's place (Washington the
 * capital under "Washington, D.C."): the marker and its tooltip name it, so the basemap does not.
 */
export const SAME_PLACE_DEGREES = 0.3;

/**
 * Check and pack data/labels.json; rows with an unknown kind or bad numbers are skipped, and so are names
 * the article's markers already show (the same name, or a city at a marker's spot) — one name per place.
 * @example packLabels({ labels: [['Russia', 99, 61.7, 'country', 1]], stateLines: [], stateLinesMinZoom: 3 }).texts // → ['Russia']
 */
export function packLabels(json: LabelsJson | null, marked: readonly MarkedPlace[] = []): LabelLayerData {
  const names = new Set(marked.map((m) => m.name.toLowerCase()));
  const onMarker = (lon: number, lat: number) =>
    marked.some((m) => Math.abs(m.position[0]! - lon) < SAME_PLACE_DEGREES && Math.abs(m.position[1]! - lat) < SAME_PLACE_DEGREES);
  const rows = (Array.isArray(json?.labels) ? json.labels : []).filter(
    (r) =>
      Array.isArray(r) &&
      typeof r[0] === 'string' &&
      Number.isFinite(r[1]) &&
      Number.isFinite(r[2]) &&
      LABEL_KINDS.includes(r[3] as LabelKind) &&
      Number.isFinite(r[4]) &&
      !names.has(r[0].toLowerCase()) &&
      !((r[3] === 'city' || r[3] === 'capital') && onMarker(r[1], r[2])),
  );
  const lines = (Array.isArray(json?.stateLines) ? json.stateLines : []).filter((l) => Array.isArray(l) && l.length >= 4 && l.every(Number.isFinite));
  const lineCoords = new Float64Array(lines.reduce((n, l) => n + l.length, 0));
  const lineStart = new Uint32Array(lines.length + 1);
  const lineBoxes = new Float64Array(lines.length * 4);
  let vertex = 0;
  lines.forEach((l, i) => {
    const positions: number[][] = [];
    for (let k = 0; k < l.length; k += 2) positions.push([l[k]!, l[k + 1]!]);
    const xy = projectPositions(positions);
    lineCoords.set(xy, vertex * 2);
    lineStart[i] = vertex;
    vertex += positions.length;
    lineBoxes.set(boxOf(xy) as Box, i * 4);
  });
  lineStart[lines.length] = vertex;
  return {
    kind: 'labels',
    texts: rows.map((r) => r[0]),
    xy: projectPositions(rows.map((r) => [r[1], r[2]])),
    labelKind: Uint8Array.from(rows, (r) => LABEL_KINDS.indexOf(r[3] as LabelKind)),
    minZoom: Uint8Array.from(rows, (r) => Math.max(0, Math.min(255, Math.round(r[4])))),
    lineCoords,
    lineStart,
    lineBoxes,
    linesMinZoom: json && Number.isFinite(json.stateLinesMinZoom) ? json.stateLinesMinZoom : 3,
  };
}
