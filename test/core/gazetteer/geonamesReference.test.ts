/**
 * GeoNames is the gazetteer's reference: countries carry GeoNames' ids and points (as TR-News and LGL annotate
 * them), and the first-level divisions of every continent are there under the names news uses.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteerSync } from '../../../src/core/gazetteer/node';
import { normalizeKey } from '../../../src/core/text/normalize';

const gaz = loadGazetteerSync();

function readingsOf(name: string) {
  return gaz.lookup(normalizeKey(name)).map((h) => gaz.entry(h.row));
}

/** Great-circle distance in km (haversine), enough to compare points. */
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const x = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(x));
}

describe('countries are GeoNames records', () => {
  // [alpha-2, GeoNames id, GeoNames' point] — facts from GeoNames' country records.
  const COUNTRIES: Array<[string, string, number, number]> = [
    ['CA', '6251999', 60.10867, -113.64258],
    ['IN', '1269750', 22, 79],
    ['JP', '1861060', 35.68536, 139.75309],
    ['US', '6252001', 39.76, -98.5],
    ['BR', '3469034', -10, -55],
    ['NG', '2328926', 10, 8],
    ['AU', '2077456', -25, 135],
    ['DE', '2921044', 51.5, 10.5],
  ];
  it.each(COUNTRIES)('%s is GeoNames %s at its GeoNames point', (cc, id, lat, lon) => {
    const e = gaz.entry(gaz.countryRow(cc)!);
    expect(e.placeType).toBe('country');
    expect(e.ref).toEqual({ source: 'geonames', id });
    expect(km(e, { lat, lon })).toBeLessThan(1);
    expect(e.sameAs?.source).toBe('world-countries');
  });

  it('gives every country of world-countries a row, nearly all with a GeoNames id', () => {
    const codes = gaz.countryCodes();
    expect(codes.length).toBeGreaterThan(240);
    const withId = codes.filter((cc) => gaz.entry(gaz.countryRow(cc)!).ref.source === 'geonames');
    expect(withId.length / codes.length).toBeGreaterThan(0.97);
  });
});

describe('first-level divisions across continents', () => {
  // [name, alpha-2, GeoNames id of the ADM1] — the UK's four nations are ADM1 in GeoNames.
  const DIVISIONS: Array<[string, string, string]> = [
    ['Sichuan', 'CN', '1794299'],
    ['Hunan', 'CN', '1806691'],
    ['Bavaria', 'DE', '2951839'],
    ['Catalonia', 'ES', '3336901'],
    ['Tamil Nadu', 'IN', '1255053'],
    ['Tigray', 'ET', '444187'],
    ['Gilgit-Baltistan', 'PK', '1168878'],
    ['Scotland', 'GB', '2638360'],
    ['Wales', 'GB', '2634895'],
    ['England', 'GB', '6269131'],
    ['Northern Ireland', 'GB', '2641364'],
    ['Texas', 'US', '4736286'],
    ['Ontario', 'CA', '6093943'],
    ['Jalisco', 'MX', '4004156'],
    ['Minas Gerais', 'BR', '3457153'],
    ['Hokkaido', 'JP', '2130037'],
    ['Queensland', 'AU', '2152274'],
    ['KwaZulu-Natal', 'ZA', '972062'],
    ['Borno', 'NG', '2346794'],
  ];
  it.each(DIVISIONS)('%s (%s) is the first-level division GeoNames %s, inside its country', (name, cc, id) => {
    const division = readingsOf(name).find((e) => e.placeType === 'admin1' && e.countryCode === cc);
    expect(division?.ref).toEqual({ source: 'geonames', id });
    // Placed inside the country, not at a homonym elsewhere: within 2,500 km of the country's point.
    expect(km(division!, gaz.entry(gaz.countryRow(cc)!))).toBeLessThan(2500);
  });

  it('keeps a division off names news means otherwise', () => {
    // The city, not the governorate or prefecture of the same name.
    for (const city of ['Aleppo', 'Kabul', 'Tokyo']) expect(readingsOf(city).some((e) => e.placeType === 'admin1')).toBe(false);
    // A demonym stays a demonym ("Somali" pirates), and plain words stay words ("Central", "Eastern Province").
    expect(readingsOf('Somali').some((e) => e.placeType === 'admin1')).toBe(false);
    expect(readingsOf('Central').some((e) => e.placeType === 'admin1')).toBe(false);
    expect(readingsOf('Eastern Province').some((e) => e.placeType === 'admin1')).toBe(false);
    // The curated Sahel region is not Burkina Faso's Sahel Region.
    expect(readingsOf('Sahel').map((e) => e.placeType)).toEqual(['region']);
  });

  it('gives curated regions that are divisions their GeoNames id', () => {
    expect(readingsOf('Crimea').find((e) => e.countryCode === 'UA')?.ref).toEqual({ source: 'geonames', id: '703883' });
    expect(readingsOf('Tibet').find((e) => e.countryCode === 'CN')?.ref).toEqual({ source: 'geonames', id: '1279685' });
  });
});
