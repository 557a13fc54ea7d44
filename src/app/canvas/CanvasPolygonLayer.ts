/**
 * Filled polygons on one canvas (the offline basemap's countries): rings are projected once at zoom 0,
 * each redraw fills one path per fill colour, skips polygons outside the view and drops vertices closer
 * than a pixel to the previous one. Levels of detail: a coarse set (1:110m) for the world view and a
 * detailed one (1:50m) once zoomed in, where the extra detail is visible.
 */
import type { MultiPolygon } from 'geojson';
import type L from 'leaflet';
import { CanvasViewLayer, projectAll, type ViewTransform } from './CanvasViewLayer';

export interface PolygonStyle {
  fill: string;
  stroke: string;
  strokeWidth: number;
}

interface Prepared {
  rings: Float64Array[];
  /** Zoom-0 bounding box: minX, minY, maxX, maxY. */
  box: [number, number, number, number];
}

export type PolygonFeatures<P> = readonly { geometry: MultiPolygon; properties: P }[];

interface Level<P> {
  /** Drawn from this zoom upwards (until the next level's minZoom). */
  minZoom: number;
  features: PolygonFeatures<P>;
  prepared: Prepared[] | null;
}

export class CanvasPolygonLayer<P> extends CanvasViewLayer {
  protected readonly measureName = 'atlas:basemap-redraw';
  private levels: Level<P>[];

  /**
   * @param features the polygons drawn at every zoom, until a more detailed level is added
   * @example new CanvasPolygonLayer(countries110m, styleOf, 'basemap').addTo(map)
   */
  constructor(
    features: PolygonFeatures<P>,
    private styleOf: (properties: P) => PolygonStyle,
    paneName: string,
  ) {
    // A smaller margin than the point cloud: filling country shapes is the costlier part of a redraw.
    super(paneName, 'basemap-canvas', 0.15);
    this.levels = [{ minZoom: Number.NEGATIVE_INFINITY, features, prepared: null }];
  }

  /**
   * Add a more detailed set of polygons, drawn from `minZoom` upwards (e.g. 1:50m from zoom 3). Resolves
   * once the level is projected (done in idle time, so the first zoom into it does not pay for it).
   */
  addLevel(minZoom: number, features: PolygonFeatures<P>): Promise<void> {
    const level: Level<P> = { minZoom, features, prepared: null };
    this.levels = [...this.levels.filter((l) => l.minZoom !== minZoom), level].sort((a, b) => a.minZoom - b.minZoom);
    this.redraw();
    const idle = globalThis.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 50));
    return new Promise((resolve) => {
      idle(() => {
        if (this._map) level.prepared ??= this.project(this._map, level.features);
        resolve();
      });
    });
  }

  /** Change the styling function (e.g. a new set of tinted countries) and redraw. */
  setStyle(styleOf: (properties: P) => PolygonStyle): void {
    this.styleOf = styleOf;
    this.redraw();
  }

  protected prepare(): void {
    // Levels are projected on first use (see levelFor), so an unused detailed level costs nothing.
  }

  private levelFor(zoom: number): { features: PolygonFeatures<P>; prepared: Prepared[] } {
    const level = this.levels.filter((l) => l.minZoom <= zoom).at(-1) ?? this.levels[0]!;
    level.prepared ??= this.project(this._map, level.features);
    return { features: level.features, prepared: level.prepared };
  }

  private project(map: L.Map, features: PolygonFeatures<P>): Prepared[] {
    return features.map((f) => {
      const rings = f.geometry.coordinates.flat().map((ring) => projectAll(map, ring));
      const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const r of rings) {
        for (let k = 0; k < r.length; k += 2) {
          box[0] = Math.min(box[0], r[k]!);
          box[1] = Math.min(box[1], r[k + 1]!);
          box[2] = Math.max(box[2], r[k]!);
          box[3] = Math.max(box[3], r[k + 1]!);
        }
      }
      return { rings, box };
    });
  }

  protected draw(ctx: CanvasRenderingContext2D, t: ViewTransform): void {
    const { features, prepared } = this.levelFor(this._map.getZoom());
    const groups = new Map<string, number[]>();
    features.forEach((f, i) => {
      const s = this.styleOf(f.properties);
      const key = `${s.fill}|${s.stroke}|${s.strokeWidth}`;
      const list = groups.get(key) ?? [];
      if (list.length === 0) groups.set(key, list);
      list.push(i);
    });
    const minStep = 0.8 / t.scale; // most of a canvas pixel, in zoom-0 units
    for (const [key, indices] of groups) {
      const [fill, stroke, width] = key.split('|');
      ctx.beginPath();
      for (const i of indices) {
        const { rings, box } = prepared[i]!;
        if (box[2] * t.scale + t.dx < 0 || box[0] * t.scale + t.dx > t.width) continue;
        if (box[3] * t.scale + t.dy < 0 || box[1] * t.scale + t.dy > t.height) continue;
        for (const r of rings) {
          let px = r[0]!;
          let py = r[1]!;
          ctx.moveTo(px * t.scale + t.dx, py * t.scale + t.dy);
          for (let k = 2; k < r.length; k += 2) {
            const x = r[k]!;
            const y = r[k + 1]!;
            if (Math.abs(x - px) < minStep && Math.abs(y - py) < minStep && k < r.length - 2) continue;
            ctx.lineTo(x * t.scale + t.dx, y * t.scale + t.dy);
            px = x;
            py = y;
          }
          ctx.closePath();
        }
      }
      ctx.fillStyle = fill!;
      ctx.fill('evenodd');
      ctx.strokeStyle = stroke!;
      ctx.lineWidth = Number(width);
      ctx.stroke();
    }
  }
}
