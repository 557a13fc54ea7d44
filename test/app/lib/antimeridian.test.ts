import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { toCountries } from '../../../src/app/basemap/loadBasemap';
import { splitAntimeridian } from '../../../src/app/lib/antimeridian';

/** The biggest longitude jump between consecutive vertices of any ring. */
function maxJump(rings: Position[][]): number {
  let max = 0;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) max = Math.max(max, Math.abs((ring[i]![0] as number) - (ring[i - 1]![0] as number)));
  }
  return max;
}

/** Shoelace area in (lon-unwrapped) degrees², for checking that splitting keeps the area. */
function area(ring: Position[]): number {
  let s = 0;
  for (let i = 1; i < ring.length; i++) s += (ring[i - 1]![0] as number) * (ring[i]![1] as number) - (ring[i]![0] as number) * (ring[i - 1]![1] as number);
  return Math.abs(s / 2);
}

describe('splitAntimeridian', () => {
  it('splits a square straddling 180° into two pieces within [-180, 180] of the same total area', () => {
    const square: Polygon = { type: 'Polygon', coordinates: [[[170, 0], [-170, 0], [-170, 10], [170, 10], [170, 0]]] };
    const out = splitAntimeridian(square);
    expect(out.coordinates).toHaveLength(2);
    const rings = out.coordinates.map((p) => p[0]!);
    for (const ring of rings) for (const [lon] of ring) expect(Math.abs(lon as number)).toBeLessThanOrEqual(180);
    expect(maxJump(rings)).toBeLessThanOrEqual(180);
    expect(rings.map(area).reduce((a, b) => a + b)).toBeCloseTo(200, 6);
  });

  it('leaves a polygon that does not cross the antimeridian unchanged', () => {
    const poly: Polygon = { type: 'Polygon', coordinates: [[[10, 0], [20, 0], [20, 10], [10, 0]]] };
    expect(splitAntimeridian(poly).coordinates).toEqual([poly.coordinates]);
  });

  it('keeps every vertex in range and never jumps across the map (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 150, max: 179, noNaN: true }), fc.double({ min: 1, max: 29, noNaN: true }), fc.double({ min: -60, max: 60, noNaN: true }), (west, width, lat) => {
        const east = west + width - 360 + (west + width > 180 ? 0 : 360);
        const poly: Polygon = { type: 'Polygon', coordinates: [[[west, lat], [east, lat], [east, lat + 5], [west, lat + 5], [west, lat]]] };
        const out = splitAntimeridian(poly);
        const rings = out.coordinates.flat();
        expect(maxJump(rings)).toBeLessThanOrEqual(180);
        for (const ring of rings) for (const [lon] of ring) expect(Math.abs(lon as number)).toBeLessThanOrEqual(180);
      }),
    );
  });

  it('fixes the world-atlas countries that drew a band (Russia, Fiji) and leaves polar Antarctica alone', () => {
    const topology = JSON.parse(readFileSync(join(import.meta.dirname, '../../../node_modules/world-atlas/countries-50m.json'), 'utf8')) as Topology;
    const countries = toCountries(topology);
    const byCode = new Map(countries.features.map((f) => [f.properties.cca3, f]));
    for (const code of ['RUS', 'FJI']) {
      const f = byCode.get(code)!;
      expect(f, code).toBeDefined();
      expect(maxJump(f.geometry.coordinates.flat()), code).toBeLessThanOrEqual(180);
    }
    const others = countries.features.filter((f) => f.properties.cca3 !== 'ATA');
    for (const f of others) expect(maxJump(f.geometry.coordinates.flat()), f.properties.name).toBeLessThanOrEqual(180);
    expect(byCode.get('RUS')!.properties.cca2).toBe('RU');
  });
});
