import { describe, expect, it } from 'vitest';
import { mapLayers } from '../../../src/app/lib/collection';
import { stressCollection } from '../../../src/app/stress/stressFixture';

describe('stressCollection', () => {
  it('builds the requested numbers of valid places and routes, the same on every run', () => {
    const a = stressCollection(10_000, 2_000);
    const { places, routes } = mapLayers(a);
    expect(places).toHaveLength(10_000);
    expect(routes).toHaveLength(2_000);
    for (const p of places) {
      const [lon, lat] = p.geometry.coordinates as [number, number];
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(85);
    }
    const ids = new Set(places.map((p) => p.id));
    for (const r of routes) expect(ids.has(r.properties.from) && ids.has(r.properties.to)).toBe(true);
    expect(JSON.stringify(stressCollection(10_000, 2_000))).toBe(JSON.stringify(a));
    expect(JSON.stringify(stressCollection(100, 10, 1))).not.toBe(JSON.stringify(stressCollection(100, 10, 2)));
  });
});
