/// <reference lib="webworker" />
/**
 * The tile worker: draws map tiles on OffscreenCanvas and sends them back as ImageBitmaps, so rasterising
 * thousands of points, lines and country outlines never runs on the page's main thread. Draw requests
 * wait in a queue and run one per task, so a cancel (the tile scrolled away) can overtake them.
 */
import { loadCountryLevel, prefetchCountryLevel } from './loadCountryLevel';
import { TileCache, tileKey } from './tileCache';
import type { PackedPolygons, TileLayerData } from './tileData';
import { paintTile } from './tileDraw';
import type { TileReply, TileRequest } from './tileProtocol';
import { withLevel, withStyles } from './tileState';

declare const self: DedicatedWorkerGlobalScope;

const layers = new Map<number, TileLayerData>();
/** Decoded levels waiting for their styles (show-level), by `${layer}:${minZoom}`. */
const loadedLevels = new Map<string, PackedPolygons>();
const queue: Extract<TileRequest, { type: 'draw' }>[] = [];
const cancelled = new Set<number>();
/** Draws for polygon layers that have no level yet: they wait for the first one instead of coming out blank. */
const parked = new Map<number, Extract<TileRequest, { type: 'draw' }>[]>();
const tick = new MessageChannel();
let running = false;
/** Finished world-scale tiles, answered by copy when asked for again (each copy of the world asks). */
const reused = new TileCache<ImageBitmap>(24, (bitmap) => bitmap.close());
/** Bumped whenever a layer's data, styles or levels change, so no kept tile outlives what it shows. */
const versions = new Map<number, number>();

function changed(layer: number): void {
  versions.set(layer, (versions.get(layer) ?? 0) + 1);
  reused.clear(`${layer}:`);
}

function reply(message: TileReply, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

function drawNext(): void {
  const request = queue.shift();
  if (!request) {
    running = false;
    return;
  }
  tick.port2.postMessage(null);
  if (cancelled.delete(request.id)) return;
  const data = layers.get(request.layer);
  if (!data) return;
  if (data.kind === 'polygons' && data.levels.length === 0) {
    parked.set(request.layer, [...(parked.get(request.layer) ?? []), request]);
    return;
  }
  const failed = (error: unknown) => reply({ type: 'failed', id: request.id, error: error instanceof Error ? error.message : String(error) });
  const started = performance.now();
  const version = versions.get(request.layer) ?? 0;
  const key = tileKey(request.layer, version, request.coords, request.size, request.dpr);
  const kept = key === undefined ? undefined : reused.get(key);
  if (kept) {
    createImageBitmap(kept).then((bitmap) => reply({ type: 'tile', id: request.id, bitmap, ms: performance.now() - started }, [bitmap]), failed);
    return;
  }
  try {
    const canvas = new OffscreenCanvas(Math.round(request.size * request.dpr), Math.round(request.size * request.dpr));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw on an OffscreenCanvas.');
    paintTile(ctx, data, request.coords, request.size, request.dpr);
    const bitmap = canvas.transferToImageBitmap();
    const send = () => reply({ type: 'tile', id: request.id, bitmap, ms: performance.now() - started }, [bitmap]);
    if (key === undefined) {
      send();
      return;
    }
    // Keep a copy before the original is transferred to the page.
    createImageBitmap(bitmap).then((copy) => {
      if ((versions.get(request.layer) ?? 0) === version) reused.set(key, copy);
      else copy.close();
      send();
    }, send);
  } catch (error) {
    failed(error);
  }
}

tick.port1.onmessage = drawNext;

function enqueue(...requests: Extract<TileRequest, { type: 'draw' }>[]): void {
  queue.push(...requests);
  if (!running && queue.length > 0) {
    running = true;
    tick.port2.postMessage(null);
  }
}

/** A layer got a level: the draws it parked go ahead. */
function unpark(layer: number): void {
  const waiting = parked.get(layer);
  parked.delete(layer);
  if (waiting) enqueue(...waiting);
}

/**
 * The first drawing in a fresh worker pays for setting up the canvas and compiling the drawing code
 * (~100 ms here); doing it while the page is still loading keeps that off the first map's tiles.
 */
function warmUp(): void {
  const canvas = new OffscreenCanvas(64, 64);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const points = new Float64Array([128, 128, 130, 129]);
  paintTile(
    ctx,
    {
      kind: 'polygons',
      levels: [{ minZoom: 0, coords: new Float64Array([0, 0, 256, 0, 256, 256, 0, 0]), ringStart: new Uint32Array([0, 4]), featureRing: new Uint32Array([0, 1]), boxes: new Float64Array([0, 0, 256, 256]), ringBoxes: new Float64Array([0, 0, 256, 256]) }],
      styles: [{ fill: '#eee', stroke: '#999', strokeWidth: 1 }],
      styleIndex: [new Uint16Array([0])],
    },
    { x: 0, y: 0, z: 0 },
    64,
    1,
  );
  paintTile(
    ctx,
    {
      kind: 'cloud',
      size: 5,
      points,
      pointColor: new Uint16Array([0, 0]),
      colors: ['#000'],
      lineCoords: points,
      lineStart: new Uint32Array([0, 2]),
      lineBoxes: new Float64Array([128, 128, 130, 129]),
      lineStyle: new Uint16Array([0]),
      lineStyles: [{ color: '#00f', dashed: true }],
      extentX: [128, 130],
    },
    { x: 0, y: 0, z: 0 },
    64,
    1,
  );
  canvas.transferToImageBitmap().close();
}

self.onmessage = (event: MessageEvent<TileRequest>) => {
  const message = event.data;
  switch (message.type) {
    case 'set':
      layers.set(message.layer, message.data);
      changed(message.layer);
      break;
    case 'styles': {
      const data = layers.get(message.layer);
      if (data) layers.set(message.layer, withStyles(data, message.styles, message.styleIndex));
      changed(message.layer);
      break;
    }
    case 'draw':
      enqueue(message);
      break;
    case 'cancel': {
      if (queue.some((r) => r.id === message.id)) cancelled.add(message.id);
      for (const [layer, waiting] of parked) parked.set(layer, waiting.filter((r) => r.id !== message.id));
      break;
    }
    case 'drop':
      layers.delete(message.layer);
      changed(message.layer);
      parked.delete(message.layer);
      for (const key of loadedLevels.keys()) if (key.startsWith(`${message.layer}:`)) loadedLevels.delete(key);
      break;
    case 'warm-up':
      for (const url of message.prefetch) prefetchCountryLevel(url).catch(() => {});
      warmUp();
      break;
    case 'load-level':
      loadCountryLevel(message.url, message.minZoom).then(
        ({ level, properties }) => {
          const data = layers.get(message.layer);
          if (message.show && data) {
            layers.set(message.layer, withLevel(data, level, new Uint16Array(properties.length)));
            changed(message.layer);
            unpark(message.layer);
          } else {
            loadedLevels.set(`${message.layer}:${message.minZoom}`, level);
          }
          reply({ type: 'level-loaded', id: message.id, properties });
        },
        (error: unknown) => reply({ type: 'level-failed', id: message.id, error: error instanceof Error ? error.message : String(error) }),
      );
      break;
    case 'show-level': {
      const key = `${message.layer}:${message.minZoom}`;
      const level = loadedLevels.get(key);
      const data = layers.get(message.layer);
      if (level && data) layers.set(message.layer, withLevel(data, level, message.styleIndex));
      changed(message.layer);
      loadedLevels.delete(key);
      unpark(message.layer);
      break;
    }
  }
};

// The page waits for this (briefly) before its first render, which would otherwise hold up this thread's start.
reply({ type: 'started' });
