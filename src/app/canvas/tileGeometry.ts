/**
 * The arithmetic of drawing data on 256-pixel map tiles, kept free of Leaflet and the DOM so it can be
 * tested directly (and moved to a worker): Web Mercator "world pixels" at zoom 0, a tile's transform, and
 * which copies of the world a tile shows.
 */
import { clipHalfPlane } from '../lib/clip';

/** Width (and height) of the whole world at zoom 0, in pixels: one tile. */
export const WORLD = 256;

/** Leaflet's limit for Web Mercator (L.Projection.SphericalMercator.MAX_LATITUDE). */
const MAX_LATITUDE = 85.0511287798;

/**
 * Project [lon, lat] positions to zoom-0 world pixels (Leaflet's EPSG:3857 at zoom 0), interleaved x, y.
 * Longitudes are not wrapped: 190° lies right of the world's east edge, as unwrapped route arcs need.
 * @example projectPositions([[0, 0], [180, 0]]) // → Float64Array [128, 128, 256, 128]
 */
export function projectPositions(positions: readonly (readonly number[])[]): Float64Array {
  const out = new Float64Array(positions.length * 2);
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    const lat = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, p[1]!));
    const sin = Math.sin((lat * Math.PI) / 180);
    out[2 * i] = WORLD * (0.5 + p[0]! / 360);
    out[2 * i + 1] = WORLD * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI));
  }
  return out;
}

/** An axis-aligned box in zoom-0 world pixels: minX, minY, maxX, maxY. */
export type Box = [number, number, number, number];

/**
 * The bounding box of interleaved x, y coordinates.
 * @example boxOf(new Float64Array([1, 2, 3, 0])) // → [1, 0, 3, 2]
 */
export function boxOf(xy: Float64Array, into: Box = [Infinity, Infinity, -Infinity, -Infinity]): Box {
  for (let k = 0; k < xy.length; k += 2) {
    if (xy[k]! < into[0]) into[0] = xy[k]!;
    if (xy[k + 1]! < into[1]) into[1] = xy[k + 1]!;
    if (xy[k]! > into[2]) into[2] = xy[k]!;
    if (xy[k + 1]! > into[3]) into[3] = xy[k + 1]!;
  }
  return into;
}

/** How to draw world pixels onto one tile canvas: canvas x = worldX * scale + dx (CSS pixels). */
export interface TileView {
  scale: number;
  dx: number;
  dy: number;
  /** The tile in world pixels (after the world shift), for culling. */
  box: Box;
  /** Tile size in CSS pixels. */
  size: number;
}

/**
 * The views of tile (x, y, z) that can show data spanning `dataMinX`..`dataMaxX` (world pixels): one per
 * copy of the world that overlaps the tile. Leaflet hands out tiles wrapped into the first world (x in
 * 0..2^z - 1), so data east of 180° (an unwrapped Tokyo → Los Angeles arc) is drawn shifted one world
 * west, and the same data shows in every copy of the world, like a raster basemap.
 * @example tileViews({ x: 0, y: 0, z: 0 }, 0, 256).length // → 1
 */
export function tileViews(tile: { x: number; y: number; z: number }, dataMinX: number, dataMaxX: number, size = 256, margin = 0): TileView[] {
  const scale = (size / WORLD) * 2 ** tile.z;
  const x0 = (tile.x * size) / scale;
  const y0 = (tile.y * size) / scale;
  const span = size / scale;
  const pad = margin / scale;
  const views: TileView[] = [];
  if (!(dataMinX <= dataMaxX)) return views;
  // World copies k with [dataMinX + k·WORLD, dataMaxX + k·WORLD] overlapping the tile's x range by more
  // than a touch (a copy meeting the tile only at its edge draws nothing there).
  // The division only bounds the search (it can round either way); the comparisons decide.
  const first = Math.floor((x0 - pad - dataMaxX) / WORLD);
  const last = Math.ceil((x0 + span + pad - dataMinX) / WORLD);
  for (let k = first; k <= last; k++) {
    if (!(dataMaxX + k * WORLD > x0 - pad && dataMinX + k * WORLD < x0 + span + pad)) continue;
    // Drawing the data shifted k worlds east equals viewing the tile shifted k worlds west.
    const shift = k * WORLD;
    views.push({
      scale,
      dx: -(x0 - shift) * scale,
      dy: -y0 * scale,
      box: [x0 - shift - pad, y0 - pad, x0 - shift + span + pad, y0 + span + pad],
      size,
    });
  }
  return views;
}

/**
 * Whether two boxes overlap (edges touching count).
 * @example overlaps([0, 0, 1, 1], [1, 1, 2, 2]) // → true
 */
export function overlaps(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** A piece of a line that crosses a tile: its vertices (canvas pixels) and how far along the line it starts. */
export interface LineRun {
  xy: number[];
  /** Length of the drawn line before the run's first vertex (canvas pixels), so dashes continue across tiles. */
  offset: number;
}

/**
 * The runs of a line (world pixels, interleaved) that pass through a tile view, in canvas pixels.
 * Vertices closer than `minStep` canvas pixels to the last kept one are dropped (they add rasterising work
 * and nothing visible); the decision uses only the line and the zoom, never the tile, so the same vertices
 * are kept on every tile and a dashed line's pattern meets itself at tile edges.
 * @example lineRuns(new Float64Array([0, 0, 512, 0]), { scale: 1, dx: 0, dy: 0, box: [0, -1, 256, 1], size: 256 })
 * // → [{ xy: [0, 0, 512, 0], offset: 0 }]
 */
export function lineRuns(line: Float64Array, view: TileView, minStep = 1.5): LineRun[] {
  const runs: LineRun[] = [];
  const { scale, dx, dy, box } = view;
  const step = minStep / scale;
  let run: LineRun | null = null;
  let px = line[0]!;
  let py = line[1]!;
  let along = 0;
  const last = line.length - 2;
  for (let k = 2; k <= last; k += 2) {
    const x = line[k]!;
    const y = line[k + 1]!;
    if (k < last && Math.abs(x - px) < step && Math.abs(y - py) < step) continue;
    const hit = Math.max(px, x) >= box[0] && Math.min(px, x) <= box[2] && Math.max(py, y) >= box[1] && Math.min(py, y) <= box[3];
    if (hit) {
      if (!run) {
        run = { xy: [px * scale + dx, py * scale + dy], offset: along };
        runs.push(run);
      }
      run.xy.push(x * scale + dx, y * scale + dy);
    } else {
      run = null;
    }
    along += Math.hypot(x - px, y - py) * scale;
    px = x;
    py = y;
  }
  return runs;
}

/**
 * Clip a closed ring (interleaved x, y; the first vertex not repeated at the end) to a box, by
 * Sutherland–Hodgman. The result may run along the box's edges, so draw with the box a little larger than
 * the tile (its edges then fall outside the canvas). Used so a tile deep inside Russia draws a handful of
 * vertices instead of the whole coastline.
 * @example clipRing([-10, -10, 10, -10, 10, 10, -10, 10], [0, 0, 5, 5]) // → [0, 0, 5, 0, 5, 5, 0, 5] (in some rotation)
 */
export function clipRing(ring: ArrayLike<number>, box: Box): number[] {
  let clipped: number[] = Array.from(ring);
  // Each pass keeps the side of one box edge: x ≥ minX, y ≥ minY, x ≤ maxX, y ≤ maxY.
  for (let edge = 0; edge < 4 && clipped.length >= 6; edge++) clipped = clipHalfPlane(clipped, edge % 2 === 0 ? 0 : 1, box[edge]!, edge < 2);
  return clipped.length >= 6 ? clipped : [];
}
