/**
 * Drawing one tile of a layer's packed data on a 2D context: the same code runs in the tile worker (on an
 * OffscreenCanvas) and on the main thread where workers cannot draw. Pure: no DOM, no Leaflet.
 */
import { type LabelContext, paintLabels } from './labelDraw';
import type { CloudLayerData, PackedPolygons, PolygonLayerData, TileLayerData } from './tileData';
import { type Box, clipRing, lineRuns, type TileView, tileViews, WORLD } from './tileGeometry';

/** The 2D drawing calls tiles use; both CanvasRenderingContext2D and OffscreenCanvasRenderingContext2D have them. */
export type TileContext = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'closePath'
  | 'rect'
  | 'fill'
  | 'stroke'
  | 'setLineDash'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'globalAlpha'
  | 'lineDashOffset'
> &
  LabelContext;

export interface TileCoords {
  x: number;
  y: number;
  z: number;
}

/**
 * Clear a tile's canvas and draw the layer on it (every copy of the world the tile shows).
 * @example paintTile(ctx, packCloud(points, lines), { x: 0, y: 0, z: 0 }, 256, 1);
 */
export function paintTile(ctx: TileContext, data: TileLayerData, coords: TileCoords, size: number, dpr: number): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, size * dpr, size * dpr);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  if (data.kind === 'labels') {
    paintLabels(ctx, data, coords, size);
  } else if (data.kind === 'cloud') {
    for (const view of tileViews(coords, data.extentX[0], data.extentX[1], size, data.size)) drawCloud(ctx, data, view);
  } else {
    // Country polygons are cut at the antimeridian, so they stay within one world.
    const level = levelFor(data, coords.z);
    if (!level) return;
    const styleIndex = data.styleIndex[data.levels.indexOf(level)]!;
    for (const view of tileViews(coords, 0, WORLD, size, 1)) drawPolygons(ctx, data, level, styleIndex, view);
  }
}

/** The level of detail drawn at a zoom: the last whose minZoom it reaches (the first when none does). */
export function levelFor(data: PolygonLayerData, zoom: number): PackedPolygons | undefined {
  let chosen = data.levels[0];
  for (const level of data.levels) if (level.minZoom <= zoom) chosen = level;
  return chosen;
}

function boxHits(boxes: Float64Array, i: number, box: Box): boolean {
  return boxes[4 * i]! <= box[2] && box[0] <= boxes[4 * i + 2]! && boxes[4 * i + 1]! <= box[3] && box[1] <= boxes[4 * i + 3]!;
}

function drawPolygons(ctx: TileContext, data: PolygonLayerData, level: PackedPolygons, styleIndex: Uint16Array, view: TileView): void {
  const { coords, ringStart, featureRing, boxes, ringBoxes } = level;
  const { scale, dx, dy, box } = view;
  const features = featureRing.length - 1;
  const minStep = 0.8 / scale; // most of a canvas pixel, in world pixels
  // Rings reaching beyond the tile are clipped to it, plus a margin wider than the outline, so the
  // clipped edges fall outside the canvas.
  const pad = 3 / scale;
  const clipBox: Box = [box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad];
  const ring: number[] = [];
  // One path per style: a few fills and strokes per tile instead of one per country.
  for (let s = 0; s < data.styles.length; s++) {
    let any = false;
    ctx.beginPath();
    for (let i = 0; i < features; i++) {
      if (styleIndex[i] !== s || !boxHits(boxes, i, box)) continue;
      for (let r = featureRing[i]!; r < featureRing[i + 1]!; r++) {
        if (!boxHits(ringBoxes, r, box)) continue;
        // Vertices closer than most of a pixel to the last one kept add work and nothing visible.
        const start = ringStart[r]! * 2;
        const end = ringStart[r + 1]! * 2;
        ring.length = 0;
        let px = coords[start]!;
        let py = coords[start + 1]!;
        ring.push(px, py);
        for (let k = start + 2; k < end; k += 2) {
          const x = coords[k]!;
          const y = coords[k + 1]!;
          if (k < end - 2 && Math.abs(x - px) < minStep && Math.abs(y - py) < minStep) continue;
          ring.push(x, y);
          px = x;
          py = y;
        }
        const inside = ringBoxes[4 * r]! >= clipBox[0] && ringBoxes[4 * r + 1]! >= clipBox[1] && ringBoxes[4 * r + 2]! <= clipBox[2] && ringBoxes[4 * r + 3]! <= clipBox[3];
        const drawn = inside ? ring : clipRing(ring, clipBox);
        if (drawn.length < 6) continue;
        any = true;
        ctx.moveTo(drawn[0]! * scale + dx, drawn[1]! * scale + dy);
        for (let k = 2; k < drawn.length; k += 2) ctx.lineTo(drawn[k]! * scale + dx, drawn[k + 1]! * scale + dy);
        ctx.closePath();
      }
    }
    if (!any) continue;
    const style = data.styles[s]!;
    ctx.fillStyle = style.fill;
    ctx.fill('evenodd');
    ctx.strokeStyle = style.stroke;
    ctx.lineWidth = style.strokeWidth;
    ctx.stroke();
  }
}

const DASH = [4, 4];

function drawCloud(ctx: TileContext, data: CloudLayerData, view: TileView): void {
  const { lineCoords, lineStart, lineBoxes, lineStyle, lineStyles } = data;
  ctx.lineWidth = 1;
  ctx.globalAlpha = 0.45;
  for (let s = 0; s < lineStyles.length; s++) {
    const { color, dashed } = lineStyles[s]!;
    ctx.strokeStyle = color;
    ctx.setLineDash(dashed ? DASH : []);
    if (!dashed) ctx.beginPath();
    for (let i = 0; i < lineStyle.length; i++) {
      if (lineStyle[i] !== s || !boxHits(lineBoxes, i, view.box)) continue;
      const line = lineCoords.subarray(lineStart[i]! * 2, lineStart[i + 1]! * 2);
      for (const run of lineRuns(line, view)) {
        if (dashed) {
          // Each run keeps its place in the dash pattern, so dashes line up across tile edges.
          ctx.beginPath();
          ctx.lineDashOffset = run.offset;
        }
        ctx.moveTo(run.xy[0]!, run.xy[1]!);
        for (let k = 2; k < run.xy.length; k += 2) ctx.lineTo(run.xy[k]!, run.xy[k + 1]!);
        if (dashed) ctx.stroke();
      }
    }
    if (!dashed) ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.lineDashOffset = 0;
  // Points as small squares: far cheaper to fill than thousands of circles in a software rasteriser.
  ctx.globalAlpha = 0.9;
  const { points, pointColor, colors, size } = data;
  const [minX, minY, maxX, maxY] = view.box;
  for (let c = 0; c < colors.length; c++) {
    ctx.fillStyle = colors[c]!;
    ctx.beginPath();
    for (let i = 0; i < pointColor.length; i++) {
      if (pointColor[i] !== c) continue;
      const x = points[2 * i]!;
      const y = points[2 * i + 1]!;
      if (x < minX || x > maxX || y < minY || y > maxY) continue;
      ctx.rect(x * view.scale + view.dx - size / 2, y * view.scale + view.dy - size / 2, size, size);
    }
    ctx.fill();
  }
  ctx.globalAlpha = 1;
}
