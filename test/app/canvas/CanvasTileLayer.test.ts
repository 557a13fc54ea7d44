// @vitest-environment happy-dom
// The tile layers' bookkeeping with Leaflet, against a fake renderer (no canvas drawing here: the drawing
// code has its own tests, and the end-to-end tests draw real tiles in Chromium).
import L from 'leaflet';
import { describe, expect, it, vi } from 'vitest';
import { CloudTileLayer } from '../../../src/app/canvas/CloudTileLayer';
import { PolygonTileLayer } from '../../../src/app/canvas/PolygonTileLayer';
import type { PolygonStyle, TileLayerData } from '../../../src/app/canvas/tileData';
import type { TileCoords } from '../../../src/app/canvas/tileDraw';
import type { TileDone, TileRenderer } from '../../../src/app/canvas/tileRenderer';

interface DrawCall {
  layer: number;
  canvas: HTMLCanvasElement;
  coords: TileCoords;
  done: TileDone;
  cancelled: boolean;
}

class FakeRenderer implements TileRenderer {
  readonly mode = 'worker' as const;
  readonly data = new Map<number, TileLayerData>();
  readonly draws: DrawCall[] = [];
  readonly styles: { styles: PolygonStyle[]; styleIndex: Uint16Array[] }[] = [];
  readonly levels: { minZoom: number; url: string; show: boolean }[] = [];
  properties: unknown[] = [];
  setData(layer: number, data: TileLayerData): void {
    this.data.set(layer, data);
  }
  async loadLevel(_layer: number, minZoom: number, url: string, show = false): Promise<unknown[]> {
    this.levels.push({ minZoom, url, show });
    return this.properties;
  }
  showLevel(): void {}
  setStyles(_layer: number, styles: PolygonStyle[], styleIndex: Uint16Array[]): void {
    this.styles.push({ styles, styleIndex });
  }
  draw(layer: number, canvas: HTMLCanvasElement, coords: TileCoords, _size: number, _dpr: number, done: TileDone): () => void {
    const call: DrawCall = { layer, canvas, coords, done, cancelled: false };
    this.draws.push(call);
    return () => {
      call.cancelled = true;
    };
  }
  drop(layer: number): void {
    this.data.delete(layer);
  }
  warmUp(): Promise<void> {
    return Promise.resolve();
  }
}

/** Put a created tile where GridLayer keeps its tiles, as Leaflet does after createTile. */
function track(layer: L.GridLayer, coords: L.Coords, el: HTMLElement): void {
  const internal = layer as unknown as { _tiles?: Record<string, { el: HTMLElement; coords: L.Coords }> };
  internal._tiles ??= {};
  internal._tiles[`${coords.x}:${coords.y}:${coords.z}`] = { el, coords };
}

const coords = (x: number, y: number, z: number): L.Coords => Object.assign(L.point(x, y), { z }) as L.Coords;

describe('CanvasTileLayer (through CloudTileLayer and PolygonTileLayer)', () => {
  it('hands its data to the renderer and asks it to draw each tile Leaflet creates', () => {
    const renderer = new FakeRenderer();
    const layer = new CloudTileLayer([{ position: [37.6, 55.75], color: '#c00' }], [], 5, { renderer });
    expect(renderer.data.size).toBe(1);
    const done = vi.fn();
    const tile = layer.createTile(coords(2, 1, 2), done);
    expect(renderer.draws).toHaveLength(1);
    expect(renderer.draws[0]!.coords).toEqual({ x: 2, y: 1, z: 2 });
    expect(done).not.toHaveBeenCalled();
    renderer.draws[0]!.done(null, 3);
    expect(done).toHaveBeenCalledWith(undefined, tile);
  });

  it('passes a drawing failure on to Leaflet as an error', () => {
    const renderer = new FakeRenderer();
    const layer = new CloudTileLayer([], [], 5, { renderer });
    const done = vi.fn();
    layer.createTile(coords(0, 0, 0), done);
    renderer.draws[0]!.done('no canvas', 0);
    expect(done.mock.calls[0]![0]).toBeInstanceOf(Error);
  });

  it('reports a tile drawn when it is restyled before its first drawing (the first request is replaced, not lost)', async () => {
    const renderer = new FakeRenderer();
    renderer.properties = [{ code: 'RU' }, { code: 'FR' }];
    const layer = new PolygonTileLayer<{ code: string }>(() => ({ fill: '#eee', stroke: '#999', strokeWidth: 1 }), { renderer });
    const done = vi.fn();
    const c = coords(1, 0, 1);
    const tile = layer.createTile(c, done);
    track(layer, c, tile);
    layer.setStyle((p) => ({ fill: p.code === 'RU' ? '#fc0' : '#eee', stroke: '#999', strokeWidth: 1 }));
    expect(renderer.draws).toHaveLength(2);
    expect(renderer.draws[0]!.cancelled).toBe(true);
    renderer.draws[1]!.done(null, 1);
    expect(done).toHaveBeenCalledTimes(1);
    expect(done).toHaveBeenCalledWith(undefined, tile);
  });

  it('cancels a removed tile and frees its pixels', () => {
    const renderer = new FakeRenderer();
    const layer = new CloudTileLayer([], [], 5, { renderer });
    const tile = layer.createTile(coords(0, 0, 0), vi.fn()) as HTMLCanvasElement;
    tile.width = 256;
    layer.fire('tileunload', { tile, coords: coords(0, 0, 0) });
    expect(renderer.draws[0]!.cancelled).toBe(true);
    expect(tile.width).toBe(0);
  });

  it('forgets its data in the renderer when disposed', () => {
    const renderer = new FakeRenderer();
    const layer = new CloudTileLayer([], [], 5, { renderer });
    layer.dispose();
    expect(renderer.data.size).toBe(0);
  });
});

describe('PolygonTileLayer levels and styles', () => {
  const plain: PolygonStyle = { fill: '#f4f1ea', stroke: '#8d99a6', strokeWidth: 0.6 };
  const tinted: PolygonStyle = { ...plain, fill: '#f3c96b' };

  it('shows the world view at once and restyles it from the features’ properties', async () => {
    const renderer = new FakeRenderer();
    renderer.properties = [{ code: 'RU' }, { code: 'FR' }, { code: 'KP' }];
    const layer = new PolygonTileLayer<{ code: string }>((p) => (p.code === 'RU' || p.code === 'KP' ? tinted : plain), { renderer, initialStyle: plain });
    const c = coords(0, 0, 1);
    track(layer, c, layer.createTile(c, vi.fn()));
    await layer.loadLevel(Number.NEGATIVE_INFINITY, '/countries-110m.json', { showAtOnce: true });
    expect(renderer.levels).toEqual([{ minZoom: Number.NEGATIVE_INFINITY, url: '/countries-110m.json', show: true }]);
    const { styles, styleIndex } = renderer.styles.at(-1)!;
    expect(styleIndex).toHaveLength(1);
    expect([...styleIndex[0]!].map((i) => styles[i]!.fill)).toEqual(['#f3c96b', '#f4f1ea', '#f3c96b']);
    // Tiles drawn in the initial style are drawn again with the tint.
    expect(renderer.draws).toHaveLength(2);
  });

  it('does not redraw tiles when every feature keeps the initial style', async () => {
    const renderer = new FakeRenderer();
    renderer.properties = [{ code: 'FR' }];
    const layer = new PolygonTileLayer<{ code: string }>(() => plain, { renderer, initialStyle: plain });
    const c = coords(0, 0, 1);
    track(layer, c, layer.createTile(c, vi.fn()));
    await layer.loadLevel(Number.NEGATIVE_INFINITY, '/countries-110m.json', { showAtOnce: true });
    expect(renderer.draws).toHaveLength(1);
  });

  it('redraws only the tiles at the zooms a new level covers, and styles every level', async () => {
    const renderer = new FakeRenderer();
    renderer.properties = [{ code: 'RU' }];
    const layer = new PolygonTileLayer<{ code: string }>(() => tinted, { renderer, initialStyle: plain });
    await layer.loadLevel(Number.NEGATIVE_INFINITY, '/countries-110m.json', { showAtOnce: true });
    const low = coords(0, 0, 2);
    const high = coords(5, 3, 4);
    track(layer, low, layer.createTile(low, vi.fn()));
    track(layer, high, layer.createTile(high, vi.fn()));
    renderer.properties = [{ code: 'RU' }, { code: 'FR' }];
    await layer.loadLevel(3, '/countries-50m.json');
    const redrawn = renderer.draws.slice(2).map((d) => d.coords.z);
    expect(redrawn).toEqual([4]);
    expect(renderer.styles.at(-1)!.styleIndex.map((a) => a.length)).toEqual([1, 2]);
  });
});
