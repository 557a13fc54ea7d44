/**
 * Many points and lines on one canvas in a single pass (the stress fixture's 10,000 places and 2,000
 * routes). Leaflet's own canvas renderer keeps one object per feature and re-clips each after every move;
 * here a redraw is one path per colour.
 */
import type { Position } from 'geojson';
import type L from 'leaflet';
import { CanvasViewLayer, projectAll, type ViewTransform } from './CanvasViewLayer';

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

export class CanvasCloudLayer extends CanvasViewLayer {
  protected readonly measureName = 'atlas:cloud-redraw';
  private pointXY: Float64Array = new Float64Array(0);
  private lineXY: Float64Array[] = [];
  private pointGroups = new Map<string, number[]>();
  private lineGroups = new Map<string, number[]>();

  constructor(
    private readonly points: readonly CloudPoint[],
    private readonly lines: readonly CloudLine[],
    private readonly size = 5,
  ) {
    super('overlayPane', 'stress-cloud');
  }

  protected prepare(map: L.Map): void {
    this.pointXY = projectAll(map, this.points.map((p) => p.position));
    this.lineXY = this.lines.map((l) => projectAll(map, l.line));
    this.pointGroups = group(this.points.map((p) => p.color));
    this.lineGroups = group(this.lines.map((l) => `${l.color}|${l.dashed ? 1 : 0}`));
  }

  protected draw(ctx: CanvasRenderingContext2D, t: ViewTransform): void {
    ctx.lineWidth = 1;
    ctx.globalAlpha = 0.45;
    for (const [key, indices] of this.lineGroups) {
      const [color, dashed] = key.split('|');
      ctx.strokeStyle = color!;
      ctx.setLineDash(dashed === '1' ? [4, 4] : []);
      ctx.beginPath();
      for (const i of indices) {
        const xy = this.lineXY[i]!;
        let lastX = xy[0]! * t.scale + t.dx;
        let lastY = xy[1]! * t.scale + t.dy;
        ctx.moveTo(lastX, lastY);
        const end = xy.length - 2;
        for (let k = 2; k <= end; k += 2) {
          const x = xy[k]! * t.scale + t.dx;
          const y = xy[k + 1]! * t.scale + t.dy;
          // Vertices less than a pixel apart add rasterising work and nothing visible (zoomed out, a
          // 100-vertex arc needs a few dozen); the last vertex is always drawn.
          if (k < end && Math.abs(x - lastX) < 1.5 && Math.abs(y - lastY) < 1.5) continue;
          ctx.lineTo(x, y);
          lastX = x;
          lastY = y;
        }
      }
      ctx.stroke();
    }
    ctx.setLineDash([]);
    // Points as small squares: far cheaper to fill than 10,000 arcs in a software rasteriser.
    ctx.globalAlpha = 0.9;
    const s = this.size;
    const half = s / 2;
    for (const [color, indices] of this.pointGroups) {
      ctx.fillStyle = color;
      ctx.beginPath();
      for (const i of indices) {
        const x = this.pointXY[2 * i]! * t.scale + t.dx;
        const y = this.pointXY[2 * i + 1]! * t.scale + t.dy;
        if (x < -s || y < -s || x > t.width + s || y > t.height + s) continue;
        ctx.rect(x - half, y - half, s, s);
      }
      ctx.fill();
    }
    ctx.globalAlpha = 1;
  }
}

/** Indices grouped by key, in first-seen order. */
function group(keys: readonly string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const list = out.get(key) ?? [];
    if (list.length === 0) out.set(key, list);
    list.push(i);
  });
  return out;
}
