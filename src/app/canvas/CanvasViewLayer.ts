/**
 * Base for Leaflet layers that draw a large, static data set on one canvas: positions are projected once at
 * zoom 0, so a redraw is a scale and a translate per vertex. The canvas covers the view plus a margin,
 * follows pans for free (it sits in a map pane) and is scaled by CSS during zoom animations like Leaflet's
 * own renderers, then redrawn when the move or zoom ends.
 */
import L from 'leaflet';

/** Default share of the view drawn beyond each edge, so a short pan shows no blank border before the redraw. */
const DEFAULT_PADDING = 0.3;

/** Maps a zoom-0 world pixel to canvas pixels for the current view. */
export interface ViewTransform {
  scale: number;
  dx: number;
  dy: number;
  width: number;
  height: number;
}

export abstract class CanvasViewLayer extends L.Layer {
  protected canvas: HTMLCanvasElement | null = null;
  private drawnCenter: L.LatLng | null = null;
  private drawnZoom = 0;

  constructor(
    private readonly paneName: string,
    private readonly className: string,
    private readonly padding = DEFAULT_PADDING,
  ) {
    super();
  }

  /** Project the data at zoom 0 (called once, when the layer is added). */
  protected abstract prepare(map: L.Map): void;
  /** Draw everything; canvas coordinates are `x * t.scale + t.dx`, `y * t.scale + t.dy`. */
  protected abstract draw(ctx: CanvasRenderingContext2D, t: ViewTransform): void;
  /** A name for the benchmark's performance measures. */
  protected abstract readonly measureName: string;

  override onAdd(map: L.Map): this {
    const canvas = L.DomUtil.create('canvas', `leaflet-zoom-animated ${this.className}`);
    canvas.style.position = 'absolute';
    canvas.style.pointerEvents = 'none';
    canvas.style.willChange = 'transform';
    map.getPane(this.paneName)!.appendChild(canvas);
    this.canvas = canvas;
    this.prepare(map);
    // No 'zoomend': Leaflet always follows it with 'moveend', and a second full redraw in the same task
    // doubled the longest frame after every zoom.
    map.on('moveend resize viewreset', this.redraw, this);
    map.on('zoomanim', this.animateZoom, this);
    this.redraw();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('moveend resize viewreset', this.redraw, this);
    map.off('zoomanim', this.animateZoom, this);
    this.canvas?.remove();
    this.canvas = null;
    return this;
  }

  /** During a zoom animation, scale the last drawing around the zoom centre (as Leaflet's renderers do). */
  private animateZoom(event: L.LeafletEvent): void {
    const map = this._map;
    if (!map || !this.canvas || !this.drawnCenter) return;
    const { center, zoom } = event as L.ZoomAnimEvent;
    const scale = map.getZoomScale(zoom, this.drawnZoom);
    const viewHalf = map.getSize().multiplyBy(0.5 + this.padding);
    const currentCenterPoint = map.project(this.drawnCenter, zoom);
    // _getNewPixelOrigin is how Leaflet's own renderers place themselves during a zoom animation.
    const origin = (map as unknown as { _getNewPixelOrigin: (c: L.LatLng, z: number) => L.Point })._getNewPixelOrigin(center, zoom);
    const topLeft = viewHalf.multiplyBy(-scale).add(currentCenterPoint).subtract(origin);
    L.DomUtil.setTransform(this.canvas, topLeft, scale);
  }

  /** Draw the view (plus margin) at the map's current zoom and position. */
  redraw(): void {
    const map = this._map;
    const canvas = this.canvas;
    if (!map || !canvas) return;
    const started = performance.now();
    const size = map.getSize();
    const pad = size.multiplyBy(this.padding).round();
    const topLeft = map.containerPointToLayerPoint(pad.multiplyBy(-1));
    const width = size.x + 2 * pad.x;
    const height = size.y + 2 * pad.y;
    const dpr = window.devicePixelRatio || 1;
    L.DomUtil.setPosition(canvas, topLeft);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const pixelWidth = Math.round(width * dpr);
    const pixelHeight = Math.round(height * dpr);
    if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
      // Resizing reallocates the backing store: only when the map's size changed.
      canvas.width = pixelWidth;
      canvas.height = pixelHeight;
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    } else {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, pixelWidth, pixelHeight);
    }
    this.drawnCenter = map.getCenter();
    this.drawnZoom = map.getZoom();
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const origin = map.getPixelOrigin();
    this.draw(ctx, {
      scale: map.getZoomScale(map.getZoom(), 0),
      dx: -origin.x - topLeft.x,
      dy: -origin.y - topLeft.y,
      width,
      height,
    });
    performance.measure(this.measureName, { start: started });
  }
}

/**
 * Project [lon, lat] positions to zoom-0 world pixels, interleaved x, y.
 * @example projectAll(map, [[0, 0]]) // → Float64Array [128, 128]
 */
export function projectAll(map: L.Map, positions: readonly (readonly number[])[]): Float64Array {
  const out = new Float64Array(positions.length * 2);
  for (let i = 0; i < positions.length; i++) {
    const p = map.project([positions[i]![1]!, positions[i]![0]!], 0);
    out[2 * i] = p.x;
    out[2 * i + 1] = p.y;
  }
  return out;
}
