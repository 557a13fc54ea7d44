/**
 * The seed article as a golden test: every place it names, resolved to the right entry, and nothing else.
 * Coordinates to compare against are GeoNames' (facts), not what the code produced.
 */
import { readFileSync } from 'node:fs';
import { distance } from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteerSync } from '../../../src/core/gazetteer/node';
import { geoparse } from '../../../src/core/geoparse';
import type { ResolvedPlace } from '../../../src/core/types';

const text = readFileSync('seeds/000_b76ed577badf652c.txt', 'utf8');
let places: ResolvedPlace[];
beforeAll(() => {
  places = geoparse(text, loadGazetteerSync());
});

const byName = (name: string) => places.find((p) => p.name === name);
const count = (needle: string) => text.split(needle).length - 1;

// GeoNames coordinates [lon, lat]: Moscow 524901, Beijing 1816670, Pyongyang 1871859,
// Panmunjom 1870637, Pyeongchang 1838469, Washington D.C. 4140963.
const CITIES: Array<[string, string, [number, number]]> = [
  ['Moscow', 'RU', [37.61556, 55.75222]],
  ['Beijing', 'CN', [116.39723, 39.9075]],
  ['Pyongyang', 'KP', [125.75432, 39.03385]],
  ['Panmunjom', 'KP', [126.67731, 37.95589]],
  ['Pyeongchang', 'KR', [128.39306, 37.37028]],
  ['Washington', 'US', [-77.03637, 38.89511]],
];

describe('seed article: places', () => {
  it.each(CITIES)('resolves %s (%s) within 10 km of GeoNames', (name, cc, lonLat) => {
    const p = byName(name);
    expect(p, name).toBeDefined();
    expect(p!.countryCode).toBe(cc);
    expect(distance(lonLat, [p!.lon, p!.lat], { units: 'kilometers' })).toBeLessThan(10);
  });

  it('finds the countries, each with its ISO codes', () => {
    const countries = places.filter((p) => p.placeType === 'country').map((p) => [p.countryCode, p.iso3]);
    expect(countries).toEqual(
      expect.arrayContaining([
        ['RU', 'RUS'],
        ['KP', 'PRK'],
        ['KR', 'KOR'],
        ['CN', 'CHN'],
        ['US', 'USA'],
      ]),
    );
    expect(countries).toHaveLength(5);
  });

  it('gathers every "DPRK" and "North Korea" into the DPRK', () => {
    const dprk = places.find((p) => p.countryCode === 'KP' && p.placeType === 'country')!;
    const texts = dprk.mentions.map((m) => m.text);
    expect(texts.filter((t) => t === 'DPRK')).toHaveLength(count('DPRK'));
    expect(texts.filter((t) => t === 'North Korea')).toHaveLength(count('North Korea'));
    expect(texts).toContain("Democratic People's Republic of Korea");
  });

  it('reads ROK and the Republic of Korea as South Korea', () => {
    const rok = places.find((p) => p.countryCode === 'KR' && p.placeType === 'country')!;
    expect(rok.mentions.map((m) => m.text).sort()).toEqual(['ROK', 'ROK', 'Republic of Korea']);
  });

  it('finds the regions: the Korean Peninsula and Russia’s far east', () => {
    expect(byName('Korean Peninsula')?.mentions).toHaveLength(2);
    const farEast = places.find((p) => p.mentions.some((m) => m.text === 'Russia’s far east'));
    expect(farEast?.placeType).toBe('region');
    expect(farEast?.countryCode).toBe('RU');
  });

  it('marks demonyms (Chinese, Russian) as references to their country', () => {
    const china = places.find((p) => p.countryCode === 'CN' && p.placeType === 'country')!;
    expect(china.mentions.map((m) => m.text)).toContain('Chinese');
    expect(china.reference).toBe('literal'); // "China" is named literally too
    const russia = places.find((p) => p.countryCode === 'RU' && p.placeType === 'country')!;
    expect(russia.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Russia', 'Russian']));
  });

  it('takes no person, month, organisation or common word for a place', () => {
    const surfaces = new Set(places.flatMap((p) => p.mentions.map((m) => m.text)));
    for (const notAPlace of ['Julia', 'Lyubova', 'Lavrov', 'Ri', 'Ho', 'Kim', 'Un', 'Wang', 'Yi', 'Xi', 'Moon', 'Trump', 'Donald', 'May', 'April', 'We', 'Reuters', 'Korean']) {
      expect(surfaces.has(notAPlace), notAPlace).toBe(false);
    }
    expect(places).toHaveLength(13);
  });

  it('keeps runner-up candidates for ambiguous names, best first', () => {
    const washington = byName('Washington')!;
    expect(washington.candidates.length).toBeGreaterThan(0);
    expect(washington.confidence).toBeLessThan(1);
    expect(washington.candidates.some((c) => c.placeType === 'admin1')).toBe(true);
    const scores = washington.candidates.map((c) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('gives every mention exact UTF-16 offsets and its sentence', () => {
    for (const p of places) {
      for (const m of p.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(m.excerpt).toContain(m.text);
        expect(m.excerpt.length).toBeLessThan(400);
      }
    }
  });
});
