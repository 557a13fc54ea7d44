/**
 * Finished tiles kept for reuse. Leaflet wraps tile coordinates into the first world, so at world-scale
 * zooms the copies of the world east and west of the date line ask for the very same tiles: a kept tile is
 * copied instead of drawn again. Pure bookkeeping (no canvas): the values are whatever the caller keeps.
 */
import type { TileCoords } from './tileDraw';

/** Zooms up to this one are kept: beyond it a view rarely shows one tile twice. */
export const REUSED_TILES_MAX_ZOOM = 3;

/**
 * The identity of a tile's pixels: layer, the layer's data version (bumped on every change to its data,
 * styles or levels), tile coordinates, size and pixel ratio. Undefined above REUSED_TILES_MAX_ZOOM.
 * @example tileKey(1, 0, { x: 1, y: 0, z: 1 }, 256, 2) // → '1:0:1/1/0:256@2'
 */
export function tileKey(layer: number, version: number, coords: TileCoords, size: number, dpr: number): string | undefined {
  if (coords.z > REUSED_TILES_MAX_ZOOM) return undefined;
  return `${layer}:${version}:${coords.z}/${coords.x}/${coords.y}:${size}@${dpr}`;
}

/**
 * A least-recently-used map that disposes of what it drops (ImageBitmaps hold pixel memory until closed).
 * @example const cache = new TileCache<ImageBitmap>(24, (b) => b.close()); cache.set(key, bitmap); cache.get(key);
 */
export class TileCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(
    private readonly capacity: number,
    private readonly dispose: (value: T) => void,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): T | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Map iteration is insertion order: re-inserting marks the entry as the most recently used.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: T): void {
    const old = this.entries.get(key);
    if (old !== undefined && old !== value) this.dispose(old);
    this.entries.delete(key);
    this.entries.set(key, value);
    for (const [oldest, dropped] of this.entries) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
      this.dispose(dropped);
    }
  }

  /** Drop every entry whose key starts with `prefix` (all of them when it is omitted). */
  clear(prefix = ''): void {
    for (const [key, value] of this.entries) {
      if (!key.startsWith(prefix)) continue;
      this.entries.delete(key);
      this.dispose(value);
    }
  }
}
