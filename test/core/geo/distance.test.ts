import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DISTANCE_MODEL_IDS,
  DISTANCE_MODELS,
  distanceModels,
  formatKm,
  TURF_RADIUS_KM,
  WEB_SPHERE_RADIUS_KM,
} from '../../../src/core/geo/distance';

// GeoNames coordinates (geonameid 524901 Moscow, 1816670 Beijing).
const MOSCOW: [number, number] = [37.61556, 55.75222];
const BEIJING: [number, number] = [116.39723, 39.9075];

describe('distanceModels', () => {
  it('gives the three Moscow–Beijing figures (golden)', () => {
    const d = distanceModels(MOSCOW, BEIJING);
    expect(Math.round(d.turfKm)).toBe(5793);
    expect(d.webSphereKm).toBeCloseTo(5799.6, 1);
    expect(d.ellipsoidKm).toBeCloseTo(5808.5, 1);
  });

  it('is symmetric and zero for identical points', () => {
    const ab = distanceModels(MOSCOW, BEIJING);
    const ba = distanceModels(BEIJING, MOSCOW);
    expect(ba.turfKm).toBeCloseTo(ab.turfKm, 9);
    expect(ba.ellipsoidKm).toBeCloseTo(ab.ellipsoidKm, 6);
    expect(distanceModels(MOSCOW, MOSCOW)).toEqual({ turfKm: 0, webSphereKm: 0, ellipsoidKm: 0 });
  });

  it('equator quarter-circle: spheres give πR/2, ellipsoid gives the equatorial arc', () => {
    const d = distanceModels([0, 0], [90, 0]);
    expect(d.turfKm).toBeCloseTo((Math.PI / 2) * TURF_RADIUS_KM, 6);
    expect(d.webSphereKm).toBeCloseTo((Math.PI / 2) * WEB_SPHERE_RADIUS_KM, 6);
    expect(d.ellipsoidKm).toBeCloseTo((Math.PI / 2) * 6378.137, 3);
  });

  it('rejects malformed positions with a clear error', () => {
    expect(() => distanceModels([Number.NaN, 0], [0, 0])).toThrow(/lon, lat/);
    expect(() => distanceModels([0, 95], [0, 0])).toThrow(RangeError);
  });

  it('web sphere / Turf ratio is the radius ratio for any pair (property)', () => {
    const pos = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }));
    fc.assert(
      fc.property(pos, pos, (a, b) => {
        const d = distanceModels(a, b);
        expect(d.webSphereKm).toBeCloseTo((d.turfKm * WEB_SPHERE_RADIUS_KM) / TURF_RADIUS_KM, 6);
        // Sphere and ellipsoid never disagree by more than ~0.6% (flattening 1/298).
        if (d.ellipsoidKm > 1) expect(Math.abs(d.turfKm / d.ellipsoidKm - 1)).toBeLessThan(0.006);
        expect(d.turfKm).toBeLessThanOrEqual(Math.PI * TURF_RADIUS_KM + 1e-6);
      }),
    );
  });

  it('names every model', () => {
    expect(DISTANCE_MODEL_IDS.map((id) => DISTANCE_MODELS[id].label)).toEqual([
      'Turf sphere (R 6371.0088 km)',
      '6378.137 km sphere (web maps)',
      'WGS84 ellipsoid (GeographicLib)',
    ]);
    expect(formatKm(5799.63, 'web-sphere')).toBe('5,799.6 km (6378.137 km sphere (web maps))');
  });
});
