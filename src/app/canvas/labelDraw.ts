/**
 * Drawing the basemap's names on a tile, decluttered: at each zoom the labels are placed once for the whole
 * world, in order of priority, each only where it covers no label already placed; every tile then draws
 * the placed labels that touch it, so a name crossing a tile edge is drawn on both tiles and meets itself.
 * Runs where the tiles are drawn (the tile worker, or the main thread). Pure: no DOM, no Leaflet.
 */
import { LABEL_KINDS, type LabelKind, type LabelLayerData } from './labelData';
import type { TileCoords } from './tileDraw';
import { lineRuns, tileViews, WORLD } from './tileGeometry';

/** The text calls labels need, on either canvas kind. */
export type LabelContext = Pick<
  CanvasRenderingContext2D,
  | 'font'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineJoin'
  | 'textAlign'
  | 'textBaseline'
  | 'measureText'
  | 'fillText'
  | 'strokeText'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'fill'
  | 'stroke'
  | 'setLineDash'
>;

interface KindStyle {
  font: string;
  color: string;
  /** Cities and capitals: a dot at the place, the name to its right. */
  dot: number;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** How each kind of name looks: water in blue italics, countries dark and bold, states in brown italics. */
export const LABEL_STYLES: Readonly<Record<LabelKind, KindStyle>> = {
  ocean: { font: `italic 13px ${FONT}`, color: '#3f6a8c', dot: 0 },
  sea: { font: `italic 11px ${FONT}`, color: '#4d7697', dot: 0 },
  country: { font: `600 12px ${FONT}`, color: '#33302a', dot: 0 },
  state: { font: `italic 11px ${FONT}`, color: '#7a6544', dot: 0 },
  capital: { font: `600 11px ${FONT}`, color: '#222222', dot: 3 },
  city: { font: `11px ${FONT}`, color: '#3a3a3a', dot: 2.2 },
};

/** Room kept free around each name, in pixels, so names do not touch. */
export const LABEL_GAP = 4;
/** Height of a name's box, in pixels (the fonts are 11–13 px). */
const LINE_HEIGHT = 14;

/** A placed label at one zoom: its box in that zoom's world pixels, and where its text starts. */
interface Placed {
  index: number;
  box: [number, number, number, number];
  textX: number;
  textY: number;
  dotX: number;
}

const placements = new WeakMap<LabelLayerData, Map<string, Placed[]>>();
const widths = new WeakMap<LabelLayerData, Float32Array>();

function measure(ctx: LabelContext, data: LabelLayerData): Float32Array {
  let known = widths.get(data);
  if (!known) {
    known = new Float32Array(data.texts.length);
    let font = '';
    for (let i = 0; i < data.texts.length; i++) {
      const style = LABEL_STYLES[LABEL_KINDS[data.labelKind[i]!]!];
      if (style.font !== font) {
        font = style.font;
        ctx.font = font;
      }
      known[i] = ctx.measureText(data.texts[i]!).width;
    }
    widths.set(data, known);
  }
  return known;
}

/**
 * The labels shown at a zoom, placed greedily in priority order on a grid of cells (so a few thousand
 * names place in milliseconds), computed once per zoom and tile size.
 * @example placeLabels(ctx, data, 4, 256).length // → how many names fit the world at zoom 4
 */
export function placeLabels(ctx: LabelContext, data: LabelLayerData, zoom: number, size: number): Placed[] {
  let byZoom = placements.get(data);
  if (!byZoom) {
    byZoom = new Map();
    placements.set(data, byZoom);
  }
  const key = `${zoom}:${size}`;
  const known = byZoom.get(key);
  if (known) return known;
  const w = measure(ctx, data);
  const scale = (size / WORLD) * 2 ** zoom;
  const CELL = 64;
  const grid = new Map<number, number[]>();
  const placed: Placed[] = [];
  const cellKey = (cx: number, cy: number) => cx * 100003 + cy;
  for (let i = 0; i < data.texts.length; i++) {
    if (data.minZoom[i]! > zoom) continue;
    const style = LABEL_STYLES[LABEL_KINDS[data.labelKind[i]!]!];
    const x = data.xy[2 * i]! * scale;
    const y = data.xy[2 * i + 1]! * scale;
    const half = LINE_HEIGHT / 2;
    const box: [number, number, number, number] = style.dot
      ? [x - style.dot - 1, y - half, x + style.dot + 3 + w[i]!, y + half]
      : [x - w[i]! / 2, y - half, x + w[i]! / 2, y + half];
    const padded = [box[0] - LABEL_GAP, box[1] - LABEL_GAP, box[2] + LABEL_GAP, box[3] + LABEL_GAP];
    const cx0 = Math.floor(padded[0]! / CELL);
    const cx1 = Math.floor(padded[2]! / CELL);
    const cy0 = Math.floor(padded[1]! / CELL);
    const cy1 = Math.floor(padded[3]! / CELL);
    let free = true;
    for (let cx = cx0; cx <= cx1 && free; cx++) {
      for (let cy = cy0; cy <= cy1 && free; cy++) {
        for (const j of grid.get(cellKey(cx, cy)) ?? []) {
          const b = placed[j]!.box;
          if (padded[0]! < b[2] && b[0] < padded[2]! && padded[1]! < b[3] && b[1] < padded[3]!) {
            free = false;
            break;
          }
        }
      }
    }
    if (!free) continue;
    const at = placed.length;
    placed.push({ index: i, box, textX: style.dot ? x + style.dot + 3 : x, textY: y, dotX: x });
    for (let cx = Math.floor(box[0] / CELL); cx <= Math.floor(box[2] / CELL); cx++) {
      for (let cy = Math.floor(box[1] / CELL); cy <= Math.floor(box[3] / CELL); cy++) {
        const k = cellKey(cx, cy);
        const list = grid.get(k);
        if (list) list.push(at);
        else grid.set(k, [at]);
      }
    }
  }
  byZoom.set(key, placed);
  return placed;
}

/**
 * Draw a tile of names: the state lines (from their zoom), then every placed name that touches the tile,
 * with a pale halo so it reads over land, water and outlines.
 * @example paintLabels(ctx, packLabels(json), { x: 1, y: 1, z: 2 }, 256);
 */
export function paintLabels(ctx: LabelContext, data: LabelLayerData, coords: TileCoords, size: number): void {
  if (coords.z >= data.linesMinZoom) drawLines(ctx, data, coords, size);
  const placed = placeLabels(ctx, data, coords.z, size);
  const worldPx = size * 2 ** coords.z;
  const x0 = coords.x * size;
  const y0 = coords.y * size;
  ctx.lineJoin = 'round';
  ctx.textBaseline = 'middle';
  let font = '';
  for (const p of placed) {
    if (p.box[1] > y0 + size || p.box[3] < y0) continue;
    // The label, or its copy one world east or west, on this tile.
    for (const shift of [0, -worldPx, worldPx]) {
      if (p.box[0] + shift > x0 + size || p.box[2] + shift < x0) continue;
      const style = LABEL_STYLES[LABEL_KINDS[data.labelKind[p.index]!]!];
      if (style.font !== font) ctx.font = font = style.font;
      const tx = p.textX + shift - x0;
      const ty = p.textY - y0;
      ctx.textAlign = style.dot ? 'left' : 'center';
      if (style.dot) {
        ctx.beginPath();
        ctx.arc(p.dotX + shift - x0, ty, style.dot, 0, 2 * Math.PI);
        ctx.fillStyle = style.color;
        ctx.fill();
        ctx.strokeStyle = '#ffffff';
        ctx.lineWidth = 1;
        ctx.stroke();
      }
      ctx.strokeStyle = 'rgba(255, 255, 255, 0.85)';
      ctx.lineWidth = 3;
      ctx.strokeText(data.texts[p.index]!, tx, ty);
      ctx.fillStyle = style.color;
      ctx.fillText(data.texts[p.index]!, tx, ty);
    }
  }
}

const LINE_DASH = [4, 3];

function drawLines(ctx: LabelContext, data: LabelLayerData, coords: TileCoords, size: number): void {
  const lines = data.lineStart.length - 1;
  if (lines <= 0) return;
  ctx.strokeStyle = '#9c8f78';
  ctx.lineWidth = 0.9;
  ctx.setLineDash(LINE_DASH);
  for (const view of tileViews(coords, 0, WORLD, size, 2)) {
    ctx.beginPath();
    for (let i = 0; i < lines; i++) {
      const b = data.lineBoxes;
      if (b[4 * i]! > view.box[2] || b[4 * i + 2]! < view.box[0] || b[4 * i + 1]! > view.box[3] || b[4 * i + 3]! < view.box[1]) continue;
      for (const run of lineRuns(data.lineCoords.subarray(data.lineStart[i]! * 2, data.lineStart[i + 1]! * 2), view)) {
        ctx.moveTo(run.xy[0]!, run.xy[1]!);
        for (let k = 2; k < run.xy.length; k += 2) ctx.lineTo(run.xy[k]!, run.xy[k + 1]!);
      }
    }
    ctx.stroke();
  }
  ctx.setLineDash([]);
}
