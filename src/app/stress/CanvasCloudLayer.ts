/**
 * A Leaflet layer that draws many points and lines on one canvas in a single pass. Leaflet's own canvas
 * renderer keeps one object per feature and re-clips each on every move, which at 10,000 places and 2,000
 * routes costs hundreds of milliseconds per frame; here positions are projected once (at zoom 0) and
 * each redraw is a scale, a translate and one path per colour.
 */
import L from 'leaflet';
import type { Position } from 'geojson';

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

/** Share of the view drawn beyond each edge, so a short pan shows no blank border before the redraw. */
const PADDING = 0.3;

export class CanvasCloudLayer extends L.Layer {
  private canvas: HTMLCanvasElement | null = null;
  private pointXY = new Float64Array(0);
  private pointColors: string[] = [];
  private lineXY: Float64Array[] = [];
  private lineStyle: { color: string; dashed: boolean }[] = [];

  constructor(
    private readonly points: readonly CloudPoint[],
    private readonly lines: readonly CloudLine[],
    private readonly radius = 3,
  ) {
    super();
  }

  override onAdd(map: L.Map): this {
    const canvas = L.DomUtil.create('canvas', 'leaflet-zoom-hide stress-cloud');
    canvas.style.position = 'absolute';
    map.getPane('overlayPane')!.appendChild(canvas);
    this.canvas = canvas;
    // Project once at zoom 0; every later zoom is a multiplication.
    const project = (p: Position) => map.project([p[1] as number, p[0] as number], 0);
    this.pointXY = new Float64Array(this.points.length * 2);
    this.points.forEach((p, i) => {
      const xy = project(p.position);
      this.pointXY[2 * i] = xy.x;
      this.pointXY[2 * i + 1] = xy.y;
    });
    this.pointColors = this.points.map((p) => p.color);
    this.lineXY = this.lines.map((l) => {
      const out = new Float64Array(l.line.length * 2);
      l.line.forEach((p, i) => {
        const xy = project(p);
        out[2 * i] = xy.x;
        out[2 * i + 1] = xy.y;
      });
      return out;
    });
    this.lineStyle = this.lines.map((l) => ({ color: l.color, dashed: l.dashed }));
    map.on('moveend zoomend resize viewreset', this.redraw, this);
    this.redraw();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('moveend zoomend resize viewreset', this.redraw, this);
    this.canvas?.remove();
    this.canvas = null;
    return this;
  }

  /** Draw everything in view (plus padding) at the map's current zoom and position. */
  redraw(): void {
    const map = this._map;
    const canvas = this.canvas;
    if (!map || !canvas) return;
    const size = map.getSize();
    const pad = size.multiplyBy(PADDING).round();
    const topLeft = map.containerPointToLayerPoint(pad.multiplyBy(-1));
    const width = size.x + 2 * pad.x;
    const height = size.y + 2 * pad.y;
    const dpr = window.devicePixelRatio || 1;
    L.DomUtil.setPosition(canvas, topLeft);
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const scale = map.getZoomScale(map.getZoom(), 0);
    const origin = map.getPixelOrigin();
    const dx = -origin.x - topLeft.x;
    const dy = -origin.y - topLeft.y;

    // Lines: one path per style.
    ctx.lineWidth = 1;
    ctx.globalAlpha = 0.45;
    const groups = new Map<string, number[]>();
    this.lineStyle.forEach((s, i) => {
      const key = `${s.color}|${s.dashed ? 1 : 0}`;
      const list = groups.get(key) ?? [];
      if (list.length === 0) groups.set(key, list);
      list.push(i);
    });
    for (const [key, indices] of groups) {
      const [color, dashed] = key.split('|');
      ctx.strokeStyle = color!;
      ctx.setLineDash(dashed === '1' ? [4, 4] : []);
      ctx.beginPath();
      for (const i of indices) {
        const xy = this.lineXY[i]!;
        for (let k = 0; k < xy.length; k += 2) {
          const x = xy[k]! * scale + dx;
          const y = xy[k + 1]! * scale + dy;
          if (k === 0) ctx.moveTo(x, y);
          else ctx.lineTo(x, y);
        }
      }
      ctx.stroke();
    }
    ctx.setLineDash([]);

    // Points: one path per colour, skipping those outside the canvas.
    ctx.globalAlpha = 0.9;
    const r = this.radius;
    const byColor = new Map<string, number[]>();
    for (let i = 0; i < this.pointColors.length; i++) {
      const x = this.pointXY[2 * i]! * scale + dx;
      const y = this.pointXY[2 * i + 1]! * scale + dy;
      if (x < -r || y < -r || x > width + r || y > height + r) continue;
      const color = this.pointColors[i]!;
      const list = byColor.get(color) ?? [];
      if (list.length === 0) byColor.set(color, list);
      list.push(x, y);
    }
    ctx.strokeStyle = '#ffffff';
    for (const [color, xy] of byColor) {
      ctx.fillStyle = color;
      ctx.beginPath();
      for (let k = 0; k < xy.length; k += 2) {
        ctx.moveTo(xy[k]! + r, xy[k + 1]!);
        ctx.arc(xy[k]!, xy[k + 1]!, r, 0, Math.PI * 2);
      }
      ctx.fill();
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
  }
}
