import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getIssues } from '@placemarkio/check-geojson';
import { length as turfLength } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { ARTIFACT, buildBorders, maritimePath, serializeBorders } from '../../../scripts/build-borders';
import { lineEllipsoidKm } from '../../../src/core/geo/length';
import type { BorderFeature } from '../../../src/core/geojson/types';

const text = readFileSync(resolve(__dirname, '../../../data/borders.geojson'), 'utf8');
const fc = JSON.parse(text) as { type: string; features: BorderFeature[] };
const byId = new Map(fc.features.map((f) => [f.id, f]));

describe('data/borders.geojson (committed artifact)', () => {
  it('is valid RFC 7946 GeoJSON', () => {
    expect(getIssues(text)).toEqual([]);
    expect(fc.type).toBe('FeatureCollection');
  });

  it('holds the Russia–North Korea land border, Tumen river only (≈17.8 km), length recomputed by Turf', () => {
    const f = byId.get('border:prk-rus');
    expect(f).toBeDefined();
    const km = turfLength(f!, { units: 'kilometers' });
    expect(km).toBeGreaterThan(17);
    expect(km).toBeLessThan(19);
    expect(f!.properties.lengthKm).toBeCloseTo(km, 3);
    // From the CHN–PRK–RUS tripoint to the river mouth; the territorial-sea part (to ≈130.92 E) is cut off.
    const coords = f!.geometry.type === 'LineString' ? f!.geometry.coordinates : f!.geometry.coordinates.flat();
    expect(coords[0]).toEqual([130.63701, 42.41833]);
    expect(coords[coords.length - 1]![0]).toBeCloseTo(130.702, 3);
    expect(coords[coords.length - 1]![1]).toBeCloseTo(42.293, 3);
  });

  it('has the other pairs of interest, every feature per the contract', () => {
    for (const id of ['border:chn-prk', 'border:kor-prk', 'border:chn-rus']) expect(byId.has(id)).toBe(true);
    for (const f of fc.features) {
      const p = f.properties;
      expect(p.kind).toBe('border');
      expect(p.countries).toHaveLength(2);
      expect([...p.countries].sort()).toEqual(p.countries);
      expect(f.id).toBe(`border:${p.countries.map((c) => c.toLowerCase()).join('-')}`);
      expect(p.mentions).toEqual([]);
      expect(p.source).toMatch(/countries-maritime-10m/);
      expect(p.lengthKm).toBeCloseTo(turfLength(f, { units: 'kilometers' }), 3);
      expect(p.ellipsoidKm).toBeCloseTo(lineEllipsoidKm(f.geometry), 3);
    }
    // Sorted by id: the artifact is deterministic.
    const ids = fc.features.map((f) => f.id);
    expect([...ids].sort()).toEqual(ids);
  });
});

// Rebuilding reads the 38 MB devDependency (≈4–7 s); it runs wherever `npm install` put the package.
describe.runIf(maritimePath() !== undefined)('scripts/build-borders.ts', () => {
  it('rebuilds the committed artifact byte for byte', async () => {
    const rebuilt = serializeBorders(await buildBorders());
    expect(rebuilt === readFileSync(ARTIFACT, 'utf8')).toBe(true);
  }, 120_000);
});
