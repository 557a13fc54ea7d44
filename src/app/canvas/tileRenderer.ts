/**
 * Where tiles are drawn: in the tile worker when the browser can draw on an OffscreenCanvas there (the
 * main thread then only swaps finished bitmaps into the tile canvases), otherwise on the main thread a
 * few tiles per frame. The layers talk to either through the same small interface.
 */
import { type FrameJob, tileScheduler } from './frameScheduler';
import { loadCountryLevel } from './loadCountryLevel';
import type { PackedPolygons, PolygonStyle, TileLayerData } from './tileData';
import { paintTile, type TileCoords } from './tileDraw';
import type { TileReply, TileRequest } from './tileProtocol';
import { withLevel, withStyles } from './tileState';

/** Called once per request: null error when the tile's canvas holds the new drawing. */
export type TileDone = (error: string | null, ms: number) => void;

export interface TileRenderer {
  readonly mode: 'worker' | 'main-thread';
  setData(layer: number, data: TileLayerData): void;
  /**
   * Fetch and decode a level of country polygons (a world-atlas topology) for a polygon layer; resolves
   * with its features' properties, so the layer can style them and call showLevel — or, with `show`,
   * the level is drawn at once in the layer's first style (tiles asked for before it is ready wait for it).
   */
  loadLevel(layer: number, minZoom: number, url: string, show?: boolean): Promise<unknown[]>;
  /** Start drawing a loaded level, with each feature's index into the layer's style table. */
  showLevel(layer: number, minZoom: number, styleIndex: Uint16Array): void;
  setStyles(layer: number, styles: PolygonStyle[], styleIndex: Uint16Array[]): void;
  /** Draw a tile into `canvas`; returns a function that cancels the request. */
  draw(layer: number, canvas: HTMLCanvasElement, coords: TileCoords, size: number, dpr: number, done: TileDone): () => void;
  drop(layer: number): void;
  /**
   * Get ready to draw before the first tiles are asked for: start the worker, warm it up, and begin
   * loading the topologies at `prefetch` (absolute or page-relative URLs). Resolves once the worker's
   * thread runs (at once on the main thread): Chromium starts a worker's thread from a task on the page's
   * thread, so a long task there — React's first render — would hold it up.
   */
  warmUp(prefetch?: readonly string[]): Promise<void>;
}

/** Draws on the main thread, spread over frames by the frame scheduler. */
class MainThreadRenderer implements TileRenderer {
  readonly mode = 'main-thread';
  private readonly layers = new Map<number, TileLayerData>();
  private readonly loaded = new Map<string, PackedPolygons>();
  /** Draws for polygon layers with no level yet, waiting for the first. */
  private readonly parked = new Map<number, FrameJob[]>();

  setData(layer: number, data: TileLayerData): void {
    this.layers.set(layer, data);
  }

  async loadLevel(layer: number, minZoom: number, url: string, show = false): Promise<unknown[]> {
    const { level, properties } = await loadCountryLevel(url, minZoom);
    const data = this.layers.get(layer);
    if (show && data) {
      this.layers.set(layer, withLevel(data, level, new Uint16Array(properties.length)));
      this.unpark(layer);
    } else {
      this.loaded.set(`${layer}:${minZoom}`, level);
    }
    return properties;
  }

  showLevel(layer: number, minZoom: number, styleIndex: Uint16Array): void {
    const level = this.loaded.get(`${layer}:${minZoom}`);
    const data = this.layers.get(layer);
    if (level && data) this.layers.set(layer, withLevel(data, level, styleIndex));
    this.loaded.delete(`${layer}:${minZoom}`);
    this.unpark(layer);
  }

  private unpark(layer: number): void {
    const waiting = this.parked.get(layer);
    this.parked.delete(layer);
    for (const job of waiting ?? []) tileScheduler.add(job);
  }

  setStyles(layer: number, styles: PolygonStyle[], styleIndex: Uint16Array[]): void {
    const data = this.layers.get(layer);
    if (data) this.layers.set(layer, withStyles(data, styles, styleIndex));
  }

  draw(layer: number, canvas: HTMLCanvasElement, coords: TileCoords, size: number, dpr: number, done: TileDone): () => void {
    const job: FrameJob = {
      cancelled: false,
      run: () => {
        const data = this.layers.get(layer);
        if (data?.kind === 'polygons' && data.levels.length === 0) {
          this.parked.set(layer, [...(this.parked.get(layer) ?? []), job]);
          return;
        }
        // A CPU-backed canvas: tiles are small, and reading a pixel back (below) must not stall a GPU.
        const ctx = canvas.getContext('2d', { willReadFrequently: true });
        if (!data || !ctx) return done('The tile could not be drawn.', 0);
        if (canvas.width !== Math.round(size * dpr)) {
          canvas.width = Math.round(size * dpr);
          canvas.height = Math.round(size * dpr);
        }
        const started = performance.now();
        paintTile(ctx, data, coords, size, dpr);
        // Chromium records 2D drawing and rasterises it when the frame is committed, so every tile drawn in
        // a frame would be rasterised at its end in one go; reading a pixel back does the work here, inside
        // this job's share of the frame.
        ctx.getImageData(0, 0, 1, 1);
        done(null, performance.now() - started);
      },
    };
    tileScheduler.add(job);
    return () => {
      job.cancelled = true;
    };
  }

  drop(layer: number): void {
    this.layers.delete(layer);
    this.parked.delete(layer);
    for (const key of this.loaded.keys()) if (key.startsWith(`${layer}:`)) this.loaded.delete(key);
  }

  warmUp(): Promise<void> {
    // On the main thread, loading early would compete with the page's first render.
    return Promise.resolve();
  }
}

/**
 * Draws in the tile worker. Keeps each layer's data so that, should the worker fail, drawing continues on
 * the main thread (with the levels given to setData; a level the worker had decoded is not carried over).
 */
class WorkerRenderer implements TileRenderer {
  readonly mode = 'worker';
  private readonly pending = new Map<number, { canvas: HTMLCanvasElement; done: TileDone; retry: () => void }>();
  private readonly levelRequests = new Map<number, { resolve: (properties: unknown[]) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private fallback: MainThreadRenderer | null = null;
  private readonly shadow = new MainThreadRenderer();
  private markStarted: () => void = () => {};
  /** Settles when the worker's thread runs, or when it failed and the main thread draws instead. */
  private readonly started = new Promise<void>((resolve) => {
    this.markStarted = resolve;
  });

  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<TileReply>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.failOver();
    };
  }

  private post(message: TileRequest): void {
    if (!this.fallback) this.worker.postMessage(message);
  }

  setData(layer: number, data: TileLayerData): void {
    this.shadow.setData(layer, data);
    this.post({ type: 'set', layer, data });
  }

  loadLevel(layer: number, minZoom: number, url: string, show = false): Promise<unknown[]> {
    if (this.fallback) return this.fallback.loadLevel(layer, minZoom, url, show);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.levelRequests.set(id, { resolve, reject });
      this.post({ type: 'load-level', layer, minZoom, url: new URL(url, location.href).href, id, show });
    });
  }

  showLevel(layer: number, minZoom: number, styleIndex: Uint16Array): void {
    if (this.fallback) this.fallback.showLevel(layer, minZoom, styleIndex);
    else this.post({ type: 'show-level', layer, minZoom, styleIndex });
  }

  setStyles(layer: number, styles: PolygonStyle[], styleIndex: Uint16Array[]): void {
    this.shadow.setStyles(layer, styles, styleIndex);
    this.post({ type: 'styles', layer, styles, styleIndex });
  }

  draw(layer: number, canvas: HTMLCanvasElement, coords: TileCoords, size: number, dpr: number, done: TileDone): () => void {
    if (this.fallback) return this.fallback.draw(layer, canvas, coords, size, dpr, done);
    const id = this.nextId++;
    let cancelFallback: (() => void) | null = null;
    const retry = () => {
      cancelFallback = this.shadow.draw(layer, canvas, coords, size, dpr, done);
    };
    this.pending.set(id, { canvas, done, retry });
    this.post({ type: 'draw', layer, id, coords, size, dpr });
    return () => {
      if (this.pending.delete(id)) this.post({ type: 'cancel', id });
      cancelFallback?.();
    };
  }

  drop(layer: number): void {
    this.shadow.drop(layer);
    this.post({ type: 'drop', layer });
  }

  warmUp(prefetch: readonly string[] = []): Promise<void> {
    this.post({ type: 'warm-up', prefetch: prefetch.map((url) => new URL(url, location.href).href) });
    return this.started;
  }

  private receive(reply: TileReply): void {
    if (reply.type === 'started') {
      this.markStarted();
      return;
    }
    if (reply.type === 'level-loaded' || reply.type === 'level-failed') {
      const request = this.levelRequests.get(reply.id);
      this.levelRequests.delete(reply.id);
      if (reply.type === 'level-loaded') request?.resolve(reply.properties);
      else request?.reject(new Error(reply.error));
      return;
    }
    const request = this.pending.get(reply.id);
    if (!request) {
      if (reply.type === 'tile') reply.bitmap.close();
      return;
    }
    this.pending.delete(reply.id);
    if (reply.type === 'failed') {
      request.done(reply.error, 0);
      return;
    }
    const ctx = request.canvas.getContext('bitmaprenderer');
    if (!ctx) {
      reply.bitmap.close();
      request.done('The tile could not be shown.', 0);
      return;
    }
    // The bitmap becomes the canvas's pixels without a copy.
    ctx.transferFromImageBitmap(reply.bitmap);
    request.done(null, reply.ms);
  }

  /** The worker crashed or could not start: draw everything still wanted on the main thread. */
  private failOver(): void {
    if (this.fallback) return;
    this.fallback = this.shadow;
    this.markStarted();
    this.worker.terminate();
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const request of waiting) request.retry();
    for (const request of this.levelRequests.values()) request.reject(new Error('The tile worker stopped.'));
    this.levelRequests.clear();
  }
}

let renderer: TileRenderer | null = null;

/** Set by the build: true in the self-contained page, which runs from a file and starts no worker. */
declare const __ATLAS_PAGE__: boolean;
const IN_PAGE = typeof __ATLAS_PAGE__ !== 'undefined' && __ATLAS_PAGE__;

/** Whether this browser can draw tiles in a worker (2D OffscreenCanvas, bitmaps handed to canvases). */
function workerTilesSupported(): boolean {
  return typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined' && typeof ImageBitmapRenderingContext !== 'undefined';
}

/**
 * The page's tile renderer, created on first use. `?tiles=main` forces main-thread drawing (for
 * comparison in the benchmark, and to test the fallback).
 * @example tileRenderer().draw(layerId, canvas, { x: 0, y: 0, z: 0 }, 256, 1, (error) => …)
 */
export function tileRenderer(): TileRenderer {
  if (renderer) return renderer;
  const forced = IN_PAGE || (typeof location !== 'undefined' && new URLSearchParams(location.search).get('tiles') === 'main');
  if (!forced && workerTilesSupported()) {
    try {
      renderer = new WorkerRenderer(new Worker(new URL('./tile.worker.ts', import.meta.url), { type: 'module', name: 'news-atlas-tiles' }));
      return renderer;
    } catch {
      // Fall through to the main thread.
    }
  }
  renderer = new MainThreadRenderer();
  return renderer;
}
