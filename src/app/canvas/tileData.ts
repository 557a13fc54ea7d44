/**
 * What a tile layer draws, packed into flat typed arrays of zoom-0 world pixels: cheap to hand to a worker
 * (the buffers are transferred, not copied) and quick to cull and draw. Pure: no DOM, no Leaflet.
 */
import type { MultiPolygon, Position } from 'geojson';
import type { LabelLayerData } from './labelData';
import { type Box, boxOf, projectPositions } from './tileGeometry';

export interface PolygonStyle {
  fill: string;
  stroke: string;
  strokeWidth: number;
}

/** Polygons of one level of detail: every ring's vertices in one array. */
export interface PackedPolygons {
  /** Drawn from this zoom upwards (until the next level's minZoom). */
  minZoom: number;
  /** x, y of every vertex of every ring. */
  coords: Float64Array;
  /** Start of each ring in `coords` (in vertices), plus one end marker. */
  ringStart: Uint32Array;
  /** First ring of each feature, plus one end marker. */
  featureRing: Uint32Array;
  /** Bounding box of each feature: minX, minY, maxX, maxY. */
  boxes: Float64Array;
  /** Bounding box of each ring. */
  ringBoxes: Float64Array;
}

export interface PolygonLayerData {
  kind: 'polygons';
  levels: PackedPolygons[];
  styles: PolygonStyle[];
  /** Per level, each feature's index into `styles`. */
  styleIndex: Uint16Array[];
}

export interface CloudPoint {
  position: Position;
  color: string;
}

export interface CloudLine {
  /** [lon, lat] positions; longitudes may be unwrapped beyond ±180. */
  line: Position[];
  color: string;
  dashed: boolean;
}

export interface CloudLayerData {
  kind: 'cloud';
  /** Side of a point's square, in CSS pixels. */
  size: number;
  points: Float64Array;
  /** Each point's index into `colors`. */
  pointColor: Uint16Array;
  colors: string[];
  lineCoords: Float64Array;
  /** Start of each line in `lineCoords` (in vertices), plus one end marker. */
  lineStart: Uint32Array;
  lineBoxes: Float64Array;
  /** Each line's index into `lineStyles`. */
  lineStyle: Uint16Array;
  lineStyles: { color: string; dashed: boolean }[];
  /** East–west extent of everything, in world pixels. */
  extentX: [number, number];
}

export type TileLayerData = PolygonLayerData | CloudLayerData | LabelLayerData;

/**
 * Project and pack polygons (one level of detail).
 * @example packPolygons(0, [{ geometry: { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [0, 1], [0, 0]]]] } }]).ringStart // → Uint32Array [0, 4]
 */
export function packPolygons(minZoom: number, features: readonly { geometry: MultiPolygon }[]): PackedPolygons {
  const rings = features.map((f) => f.geometry.coordinates.flat());
  const ringCount = rings.reduce((n, r) => n + r.length, 0);
  const vertexCount = rings.reduce((n, r) => n + r.reduce((m, ring) => m + ring.length, 0), 0);
  const coords = new Float64Array(vertexCount * 2);
  const ringStart = new Uint32Array(ringCount + 1);
  const featureRing = new Uint32Array(features.length + 1);
  const boxes = new Float64Array(features.length * 4);
  const ringBoxes = new Float64Array(ringCount * 4);
  let ring = 0;
  let vertex = 0;
  rings.forEach((featureRings, i) => {
    featureRing[i] = ring;
    const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
    for (const r of featureRings) {
      const xy = projectPositions(r);
      coords.set(xy, vertex * 2);
      boxOf(xy, box);
      ringBoxes.set(boxOf(xy), ring * 4);
      ringStart[ring++] = vertex;
      vertex += r.length;
    }
    boxes.set(box, i * 4);
  });
  featureRing[features.length] = ring;
  ringStart[ringCount] = vertex;
  return { minZoom, coords, ringStart, featureRing, boxes, ringBoxes };
}

/**
 * Each feature's style as an index into a table of distinct styles.
 * @example styleTable([{ a: 1 }, { a: 2 }], (p) => ({ fill: p.a > 1 ? 'red' : 'grey', stroke: '#000', strokeWidth: 1 })).styles.length // → 2
 */
export function styleTable<P>(properties: readonly P[], styleOf: (p: P) => PolygonStyle): { styles: PolygonStyle[]; index: Uint16Array } {
  const styles: PolygonStyle[] = [];
  const keys = new Map<string, number>();
  const index = new Uint16Array(properties.length);
  properties.forEach((p, i) => {
    const s = styleOf(p);
    const key = `${s.fill}|${s.stroke}|${s.strokeWidth}`;
    let k = keys.get(key);
    if (k === undefined) {
      k = styles.length;
      keys.set(key, k);
      styles.push(s);
    }
    index[i] = k;
  });
  return { styles, index };
}

/**
 * Project and pack a cloud of points and lines.
 * @example packCloud([{ position: [0, 0], color: 'red' }], []).points // → Float64Array [128, 128]
 */
export function packCloud(points: readonly CloudPoint[], lines: readonly CloudLine[], size = 5): CloudLayerData {
  const colors: string[] = [];
  const colorIndex = new Map<string, number>();
  const indexOf = (map: Map<string, number>, list: unknown[], key: string, value: unknown): number => {
    let k = map.get(key);
    if (k === undefined) {
      k = list.length;
      map.set(key, k);
      list.push(value);
    }
    return k;
  };
  const pointColor = Uint16Array.from(points, (p) => indexOf(colorIndex, colors, p.color, p.color));
  const lineStyles: { color: string; dashed: boolean }[] = [];
  const styleIndex = new Map<string, number>();
  const lineStyle = Uint16Array.from(lines, (l) => indexOf(styleIndex, lineStyles, `${l.color}|${l.dashed}`, { color: l.color, dashed: l.dashed }));
  const projected = points.map((p) => p.position);
  const pointsXY = projectPositions(projected);
  const vertexCount = lines.reduce((n, l) => n + l.line.length, 0);
  const lineCoords = new Float64Array(vertexCount * 2);
  const lineStart = new Uint32Array(lines.length + 1);
  const lineBoxes = new Float64Array(lines.length * 4);
  const all: Box = boxOf(pointsXY);
  let vertex = 0;
  lines.forEach((l, i) => {
    const xy = projectPositions(l.line);
    lineCoords.set(xy, vertex * 2);
    lineStart[i] = vertex;
    vertex += l.line.length;
    const box = boxOf(xy);
    lineBoxes.set(box, i * 4);
    boxOf(xy, all);
  });
  lineStart[lines.length] = vertex;
  return {
    kind: 'cloud',
    size,
    points: pointsXY,
    pointColor,
    colors,
    lineCoords,
    lineStart,
    lineBoxes,
    lineStyle,
    lineStyles,
    extentX: [all[0], all[2]],
  };
}
