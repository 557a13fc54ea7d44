/**
 * Base for layers that draw large, static data sets (the basemap's countries, a cloud of thousands of
 * places) as canvas tiles. Leaflet's GridLayer keeps drawn tiles while the map pans, so a pan draws only
 * the tiles that scroll into view, and a zoom keeps the old tiles (scaled) until the new ones are ready.
 * The drawing itself happens in the tile worker when the browser allows (see tileRenderer.ts).
 */
import L from 'leaflet';
import type { TileLayerData } from './tileData';
import { type TileRenderer, tileRenderer } from './tileRenderer';

interface TileRecord {
  el: HTMLElement;
  coords: L.Coords;
}

let nextLayerId = 1;

export interface TileLayerOptions extends L.GridLayerOptions {
  renderer?: TileRenderer;
}

export abstract class CanvasTileLayer extends L.GridLayer {
  protected readonly layerId = nextLayerId++;
  protected readonly renderer: TileRenderer;
  /** Tiles being drawn: how to cancel, and Leaflet's callback while the tile awaits its first drawing. */
  private readonly drawing = new Map<HTMLElement, { cancel: () => void; firstDrawn?: L.DoneCallback }>();

  /** @param options Leaflet's GridLayer options, and the renderer to draw with (the page's own by default). */
  constructor(
    private readonly measureName: string,
    data: TileLayerData,
    options: TileLayerOptions = {},
  ) {
    const { renderer, ...gridOptions } = options;
    // Tiles only for the zoom reached, not for every level a fly-to passes.
    super({ updateWhenZooming: false, ...gridOptions });
    this.renderer = renderer ?? tileRenderer();
    this.renderer.setData(this.layerId, data);
    this.on('tileunload', (event: L.TileEvent) => {
      this.cancel(event.tile);
      release(event.tile);
    });
  }

  override createTile(coords: L.Coords, done: L.DoneCallback): HTMLElement {
    const canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    this.request(canvas, coords, done);
    return canvas;
  }

  /** Redraw the tiles on screen in place (their old pixels stay until the new ones are ready). */
  protected redrawTiles(which: (zoom: number) => boolean = () => true): void {
    const tiles = (this as unknown as { _tiles?: Record<string, TileRecord> })._tiles ?? {};
    const wrap = (this as unknown as { _wrapCoords: (c: L.Coords) => L.Coords })._wrapCoords.bind(this);
    for (const tile of Object.values(tiles)) {
      if (tile.el instanceof HTMLCanvasElement && which(tile.coords.z)) this.request(tile.el, wrap(tile.coords));
    }
  }

  /** Leaflet hands wrapped coordinates to createTile, so one world's tiles repeat east and west. */
  private request(canvas: HTMLCanvasElement, coords: L.Coords, firstDrawn?: L.DoneCallback): void {
    // A redraw asked for before the tile's first drawing replaces that request but must still report it.
    const waiting = firstDrawn ?? this.drawing.get(canvas)?.firstDrawn;
    this.cancel(canvas);
    const size = this.getTileSize().x;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    const cancel = this.renderer.draw(this.layerId, canvas, { x: coords.x, y: coords.y, z: coords.z }, size, dpr, (error, ms) => {
      this.drawing.delete(canvas);
      const now = performance.now();
      if (!error) performance.measure(this.measureName, { start: now - ms, end: now });
      waiting?.(error ? new Error(error) : undefined, canvas);
    });
    this.drawing.set(canvas, { cancel, firstDrawn: waiting });
  }

  private cancel(tile: HTMLElement): void {
    this.drawing.get(tile)?.cancel();
    this.drawing.delete(tile);
  }

  /** Remove the layer for good and let the renderer forget its data (a removed layer may be added again). */
  dispose(): void {
    this.remove();
    this.renderer.drop(this.layerId);
  }

  override onRemove(map: L.Map): this {
    for (const { cancel } of this.drawing.values()) cancel();
    this.drawing.clear();
    return super.onRemove(map);
  }
}

/**
 * Free a removed tile's pixels now. A tile canvas holds 256 KB (1 MB on a high-DPI screen) outside the
 * JavaScript heap until it is garbage-collected; left to the collector, a few zooms' worth of discarded
 * tiles push V8 into full collections that pause the page in the middle of the next pan.
 */
function release(tile: HTMLElement): void {
  if (!(tile instanceof HTMLCanvasElement)) return;
  tile.width = 0;
  tile.height = 0;
}
