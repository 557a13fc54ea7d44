/** The packed on-disk form: numbers survive the round trip, and the loaded gazetteer equals the built one. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGazetteerSync } from '../../../src/core/gazetteer/node';
import { packInts, unpackInts } from '../../../src/core/gazetteer/packed';

describe('packed integers', () => {
  it('round-trip unsigned and signed integers of the sizes the gazetteer holds', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 31 - 1 })), (xs) => {
        expect(Array.from(unpackInts(packInts(xs), xs.length))).toEqual(xs);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 30), max: 2 ** 30 })), (xs) => {
        expect(Array.from(unpackInts(packInts(xs, true), xs.length, true))).toEqual(xs);
      }),
    );
  });

  it('rejects corrupt digits with a clear message', () => {
    expect(() => unpackInts('0\\', 2)).toThrow(/corrupt/);
  });
});

describe('the loaded gazetteer', () => {
  const gaz = loadGazetteerSync();
  it('finds names whatever their letter case or script, as the build wrote them', () => {
    const cities = (key: string) => gaz.lookup(key).map((h) => gaz.entry(h.row));
    expect(cities('moscow').some((e) => e.ref.id === '524901')).toBe(true);
    expect(cities('são paulo').some((e) => e.countryCode === 'BR')).toBe(true);
    expect(cities('zürich').some((e) => e.countryCode === 'CH')).toBe(true);
    expect(cities('springfield').length).toBeGreaterThan(5);
    expect(cities('no such place at all')).toEqual([]);
  });

  it('keeps populations to two significant figures and coordinates to 0.001 degree', () => {
    const moscow = gaz.entry(gaz.rowOfRef('geonames:524901')!);
    expect(moscow.population).toBe(10_000_000); // GeoNames 10,381,222 to two figures
    expect(String(moscow.population).replace(/0+$/, '').length).toBeLessThanOrEqual(2);
    expect(moscow.lat).toBeCloseTo(55.752, 3);
    expect(moscow.lon).toBeCloseTo(37.616, 3);
  });
});
