import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REUSED_TILES_MAX_ZOOM, TileCache, tileKey } from '../../../src/app/canvas/tileCache';

describe('tileKey', () => {
  it('names the pixels: layer, data version, coordinates, size and pixel ratio', () => {
    const base = tileKey(1, 0, { x: 1, y: 0, z: 1 }, 256, 1);
    expect(base).toBeDefined();
    for (const other of [
      tileKey(2, 0, { x: 1, y: 0, z: 1 }, 256, 1),
      tileKey(1, 1, { x: 1, y: 0, z: 1 }, 256, 1),
      tileKey(1, 0, { x: 0, y: 1, z: 1 }, 256, 1),
      tileKey(1, 0, { x: 1, y: 0, z: 2 }, 256, 1),
      tileKey(1, 0, { x: 1, y: 0, z: 1 }, 512, 1),
      tileKey(1, 0, { x: 1, y: 0, z: 1 }, 256, 2),
    ]) {
      expect(other).not.toBe(base);
    }
    expect(tileKey(1, 0, { x: 1, y: 0, z: 1 }, 256, 1)).toBe(base);
  });

  it('keeps world-scale zooms only', () => {
    expect(tileKey(1, 0, { x: 0, y: 0, z: REUSED_TILES_MAX_ZOOM }, 256, 1)).toBeDefined();
    expect(tileKey(1, 0, { x: 0, y: 0, z: REUSED_TILES_MAX_ZOOM + 1 }, 256, 1)).toBeUndefined();
  });

  it('never gives two different tiles one key', () => {
    const tile = fc.record({ x: fc.integer({ min: 0, max: 7 }), y: fc.integer({ min: 0, max: 7 }), z: fc.integer({ min: 0, max: 3 }) });
    const args = fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), tile, fc.constantFrom(256, 512), fc.constantFrom(1, 1.5, 2));
    fc.assert(
      fc.property(args, args, (a, b) => {
        if (JSON.stringify(a) === JSON.stringify(b)) return;
        expect(tileKey(...a)).not.toBe(tileKey(...b));
      }),
    );
  });
});

describe('TileCache', () => {
  const make = (capacity: number) => {
    const disposed: string[] = [];
    return { cache: new TileCache<string>(capacity, (v) => disposed.push(v)), disposed };
  };

  it('drops the least recently used entry beyond its capacity, and disposes of it', () => {
    const { cache, disposed } = make(2);
    cache.set('a', 'A');
    cache.set('b', 'B');
    expect(cache.get('a')).toBe('A'); // a is now the most recent
    cache.set('c', 'C');
    expect(cache.get('b')).toBeUndefined();
    expect(disposed).toEqual(['B']);
    expect(cache.get('a')).toBe('A');
    expect(cache.get('c')).toBe('C');
    expect(cache.size).toBe(2);
  });

  it('replacing a key disposes of the old value', () => {
    const { cache, disposed } = make(4);
    cache.set('a', 'A1');
    cache.set('a', 'A2');
    expect(cache.get('a')).toBe('A2');
    expect(disposed).toEqual(['A1']);
  });

  it('clears by key prefix (one layer) or entirely', () => {
    const { cache, disposed } = make(8);
    cache.set('1:0:a', 'x');
    cache.set('1:0:b', 'y');
    cache.set('2:0:a', 'z');
    cache.clear('1:');
    expect(disposed.sort()).toEqual(['x', 'y']);
    expect(cache.get('2:0:a')).toBe('z');
    cache.clear();
    expect(cache.size).toBe(0);
    expect(disposed).toContain('z');
  });

  it('never holds more than its capacity, whatever the order of use', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 9 })), { maxLength: 200 }), (ops) => {
        const { cache, disposed } = make(3);
        let added = 0;
        for (const [isSet, k] of ops) {
          if (isSet) {
            cache.set(String(k), `${k}#${added++}`);
          } else cache.get(String(k));
          expect(cache.size).toBeLessThanOrEqual(3);
        }
        // Every value set is either still held or was disposed of exactly once.
        expect(cache.size + disposed.length).toBe(added);
      }),
    );
  });
});
