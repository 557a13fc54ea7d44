import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGazetteerSync } from '../../../src/core/gazetteer/node';
import { MIN_QUERY_LENGTH, searchGazetteer } from '../../../src/core/gazetteer/search';
import { normalizeKey } from '../../../src/core/text/normalize';

const gaz = loadGazetteerSync();

describe('gazetteer search', () => {
  it('finds places by the start of their name, the biggest first when the article says nothing', () => {
    const results = searchGazetteer(gaz, 'Mosc');
    expect(results[0]).toMatchObject({ name: 'Moscow', countryCode: 'RU', countryName: 'Russia', gazetteer: { source: 'geonames' } });
    expect(results[0]!.geonamesId).toBe(Number(results[0]!.gazetteer.id));
    expect(results.length).toBeGreaterThan(3);
    for (const r of results) expect(normalizeKey(r.name).startsWith('mosc') || r.matched.includes('mosc')).toBe(true);
  });

  it("ranks by the article's context: its countries and the places near its other places", () => {
    const idaho = { places: [{ lon: -117.18, lat: 46.4 }], countries: ['US'] };
    const [first] = searchGazetteer(gaz, 'moscow', idaho);
    expect(first).toMatchObject({ name: 'Moscow', countryCode: 'US', admin1: 'ID', admin1Name: 'Idaho', countryName: 'United States' });
    expect(first!.distanceKm).toBeLessThan(50);
    const texas = searchGazetteer(gaz, 'paris', { places: [{ lon: -96.8, lat: 32.8 }], countries: ['US'] });
    expect(texas[0]).toMatchObject({ name: 'Paris', admin1Name: 'Texas' });
    expect(searchGazetteer(gaz, 'paris')[0]).toMatchObject({ name: 'Paris', countryCode: 'FR' });
  });

  it('matches other names and later words of a name: ASCII forms, "paulo" for São Paulo', () => {
    expect(searchGazetteer(gaz, 'sao paulo')[0]!.name).toBe('São Paulo');
    expect(searchGazetteer(gaz, 'paulo').map((r) => r.name)).toContain('São Paulo');
    expect(searchGazetteer(gaz, 'São Pau')[0]!.name).toBe('São Paulo');
  });

  it('two letters match the start of own names only (the widest queries stay cheap)', () => {
    const results = searchGazetteer(gaz, 'pa', {}, { limit: 30 });
    expect(results).toHaveLength(30);
    for (const r of results) expect(normalizeKey(r.name).startsWith('pa')).toBe(true);
    // From three letters on, other names count too.
    expect(searchGazetteer(gaz, 'pau', {}, { limit: 100 }).some((r) => !normalizeKey(r.name).startsWith('pau'))).toBe(true);
  });

  it('lists each place once, at most `limit` of them', () => {
    const results = searchGazetteer(gaz, 'san', {}, { limit: 25 });
    expect(results).toHaveLength(25);
    const refs = results.map((r) => `${r.gazetteer.source}:${r.gazetteer.id}`);
    expect(new Set(refs).size).toBe(refs.length);
    for (let i = 1; i < results.length; i++) expect(results[i - 1]!.score).toBeGreaterThanOrEqual(results[i]!.score);
  });

  it(`finds nothing for queries shorter than ${MIN_QUERY_LENGTH} letters, and never throws on any text`, () => {
    expect(searchGazetteer(gaz, 'p')).toEqual([]);
    expect(searchGazetteer(gaz, '   ')).toEqual([]);
    expect(searchGazetteer(gaz, 'zzzzqx')).toEqual([]);
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (q) => {
        const results = searchGazetteer(gaz, q, { places: [{ lon: Number.NaN, lat: 0 }] });
        expect(results.length).toBeLessThanOrEqual(10);
        for (const r of results) expect(Number.isFinite(r.score)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
