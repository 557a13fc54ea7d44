import { beforeAll, describe, expect, it } from 'vitest';
import { Gazetteer } from '../../../src/core/gazetteer/gazetteer';
import { loadGazetteerSync } from '../../../src/core/gazetteer/node';

let gaz: Gazetteer;
beforeAll(() => {
  gaz = loadGazetteerSync();
});

describe('Gazetteer', () => {
  it('refuses data that is not a gazetteer, with a clear message', () => {
    for (const bad of [null, 42, 'text', {}, new TextEncoder().encode('{"version":5,"names":""}'), new Uint8Array(8)]) {
      expect(() => Gazetteer.fromBytes(bad as Uint8Array)).toThrow(/not a news-atlas gazetteer/);
    }
  });

  it('finds a name under every spelling news uses', () => {
    const rows = (key: string) => gaz.lookup(key).map((h) => gaz.entry(h.row));
    expect(rows('moscow').some((e) => e.countryCode === 'RU' && e.placeType === 'capital')).toBe(true);
    expect(rows('pyeongchang').some((e) => e.countryCode === 'KR')).toBe(true);
    expect(rows('dprk').map((e) => e.name)).toEqual(['North Korea']);
    expect(rows('u.s.').map((e) => e.countryCode)).toEqual(['US']);
    expect(rows('la.').map((e) => e.name)).toEqual(['Louisiana']);
  });

  it('names the division and the country a place lies in, even a division that gave its name to a city', () => {
    const where = (key: string, cc: string, type?: string) => {
      const row = gaz.lookup(key).find((h) => gaz.countryCode(h.row) === cc && (!type || gaz.placeType(h.row) === type))!.row;
      return [gaz.admin1Name(row), gaz.countryName(row)];
    };
    expect(where('huntsville', 'US')).toEqual(['Alabama', 'United States']);
    expect(where('manchester', 'GB')).toEqual(['England', 'United Kingdom']);
    // Tokyo the prefecture has no row of its own (the name is the city's); its cities still name it.
    expect(gaz.lookup('tokyo').some((h) => gaz.placeType(h.row) === 'admin1')).toBe(false);
    expect(where('hachioji', 'JP')).toEqual(['Tokyo', 'Japan']);
    expect(where('chengdu', 'CN')).toEqual(['Sichuan', 'China']);
    // A country is not in a country, a division not in a division: those fields would repeat the name.
    expect(where('france', 'FR', 'country')).toEqual([undefined, undefined]);
    expect(where('texas', 'US', 'admin1')).toEqual([undefined, 'United States']);
    // Seas lie in no country.
    const sea = gaz.lookup('mediterranean sea')[0]!.row;
    expect([gaz.admin1Name(sea), gaz.countryName(sea)]).toEqual([undefined, undefined]);
  });

  it('marks demonyms as such', () => {
    const hits = gaz.lookup('chinese');
    expect(hits.every((h) => h.demonym)).toBe(true);
    expect(gaz.entry(hits[0]!.row).countryCode).toBe('CN');
  });

  it('knows capitals, ISO codes and references both ways', () => {
    expect(gaz.capitalOf('KP')?.name).toBe('Pyongyang');
    expect(gaz.iso3('KP')).toBe('PRK');
    const moscow = gaz.lookup('moscow').map((h) => gaz.entry(h.row)).find((e) => e.placeType === 'capital')!;
    expect(moscow.ref).toEqual({ source: 'geonames', id: '524901' });
    expect(gaz.rowOfRef('geonames:524901')).toBe(moscow.row);
    // GeoNames is the reference: the country row carries GeoNames' id, world-countries' code stays beside it.
    expect(gaz.countryRow('KP')).toBe(gaz.rowOfRef('geonames:1873107'));
    expect(gaz.entry(gaz.countryRow('KP')!).sameAs).toEqual({ source: 'world-countries', id: 'PRK' });
  });

  it('tells words that are risky as place names', () => {
    expect(gaz.isCommonWord('reading')).toBe(true);
    expect(gaz.isCommonWord('atlanta')).toBe(false);
    expect(gaz.isGivenName('julia')).toBe(true);
    expect(gaz.isCaseSensitive('US')).toBe(true);
    expect(gaz.isCaseSensitive('us')).toBe(false);
  });
});
