/** The binary on-disk form: every column survives the round trip, and the loaded gazetteer equals the built one. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../../src/core/gazetteer/gazetteer';
import { loadGazetteerSync } from '../../../src/core/gazetteer/node';
import { openGazetteer, packGazetteer } from '../../../src/core/gazetteer/packed';
import type { GazetteerData } from '../../../src/core/gazetteer/types';
import { PLACE_TYPES } from '../../../src/core/gazetteer/types';

interface Place {
  id: number;
  name: string;
  lat: number;
  lon: number;
  type: number;
  pop: number;
  cc: string;
  admin1: string;
}

/** A small gazetteer as the data build assembles it (ids ascending, deltas as the build writes them). */
function dataOf(places: Place[], nameKeys: string[] = [], nameRows: number[][] = []): GazetteerData {
  const e: GazetteerData['entries'] = { geonamesIdDelta: [], otherRefs: {}, sameAs: {}, name: [], lat1e3Delta: [], lon1e3Delta: [], type: [], cc: [], admin1: [], pop: [] };
  let id = 0;
  let lat = 0;
  let lon = 0;
  for (const p of places) {
    e.geonamesIdDelta.push(p.id - id);
    id = p.id;
    e.name.push(p.name);
    e.lat1e3Delta.push(p.lat - lat);
    e.lon1e3Delta.push(p.lon - lon);
    lat = p.lat;
    lon = p.lon;
    e.type.push(p.type);
    e.cc.push(p.cc);
    e.admin1.push(p.admin1);
    e.pop.push(p.pop);
  }
  return { version: 6, attribution: ['test'], entries: e, nameKeys, nameRows, firstWords: [], maxWords: 3, caseSensitive: [], iso3: {}, capitals: {}, countries: {}, admin1Names: [], commonWords: [], givenNames: [] };
}

const place = fc.record({
  name: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes('\n')),
  lat: fc.integer({ min: -90_000, max: 90_000 }),
  lon: fc.integer({ min: -180_000, max: 180_000 }),
  type: fc.integer({ min: 0, max: PLACE_TYPES.length - 1 }),
  // Populations as the build keeps them: two significant figures.
  pop: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 99 }).chain((m) => fc.integer({ min: 0, max: 9 }).map((x) => m * 10 ** x))),
  cc: fc.constantFrom('US', 'FR', 'JP', ''),
  admin1: fc.constantFrom('MO', '11', ''),
});

describe('the packed gazetteer', () => {
  it('gives back every column of every row it was built from', () => {
    fc.assert(
      fc.property(fc.array(place, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 13_000_000 }), (raw, firstId) => {
        const places = raw.map((p, i) => ({ ...p, id: firstId + i * 7 }));
        const gaz = Gazetteer.fromBytes(packGazetteer(dataOf(places)));
        expect(gaz.size).toBe(places.length);
        places.forEach((p, row) => {
          const e = gaz.entry(row);
          expect([e.ref.id, e.name, e.lat, e.lon, e.placeType, e.population, e.countryCode, e.admin1]).toEqual([
            String(p.id),
            p.name,
            p.lat / 1000,
            p.lon / 1000,
            PLACE_TYPES[p.type],
            p.pop,
            p.cc,
            p.admin1,
          ]);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('finds an own name whatever its letter case, and other names by their bytes', () => {
    const places: Place[] = ['Ürümqi', 'Zürich', 'Springfield', 'SPRINGFIELD'].map((name, i) => ({ id: 10 + i, name, lat: 0, lon: 0, type: 2, pop: 0, cc: 'US', admin1: '' }));
    const gaz = Gazetteer.fromBytes(packGazetteer(dataOf(places, ['zuerich', 'ürümchi'], [[1], [-1]])));
    const rows = (key: string) => gaz.lookup(key).map((h) => `${h.row}${h.demonym ? 'd' : ''}`);
    expect(rows('springfield')).toEqual(['2', '3']);
    expect(rows('zürich')).toEqual(['1']);
    // Plain lower-casing of a non-ASCII capital: the pack lists it with the other names.
    expect(rows('ürümqi')).toEqual(['0']);
    expect(rows('zuerich')).toEqual(['1']);
    expect(rows('ürümchi')).toEqual(['0d']);
    expect(rows('zurich')).toEqual([]);
  });

  it('refuses bytes that are not a gazetteer, or that are cut short, with a clear message', () => {
    const good = packGazetteer(dataOf([{ id: 1, name: 'A', lat: 0, lon: 0, type: 2, pop: 0, cc: '', admin1: '' }]));
    expect(() => openGazetteer(good)).not.toThrow();
    for (const bad of [new Uint8Array(0), new TextEncoder().encode('{"version":5}'), good.subarray(0, 20), good.subarray(0, good.length - 3)]) {
      expect(() => Gazetteer.fromBytes(bad)).toThrow(/not a news-atlas gazetteer/);
    }
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
