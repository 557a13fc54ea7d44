import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getIssues } from '@placemarkio/check-geojson';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { geoFeaturesFor } from '../../../src/core/claims';
import type { BorderFeature, RouteFeature } from '../../../src/core/geojson/types';
import { BEIJING, CHINA, DPRK, MOSCOW, placesIn, RUSSIA } from './places';

const borders = (
  JSON.parse(readFileSync(resolve(__dirname, '../../../data/borders.geojson'), 'utf8')) as { features: BorderFeature[] }
).features;

const TEXT = [
  'Russia is one of the three countries to share a border with the DPRK.',
  'In the same year, the Russian government wrote off the DPRK debt.',
  'The two countries share a number of interests, including an 18km-long border in Russia’s far east.',
  'Chinese officials met in Beijing, and Moscow sent a delegation.',
  '5799km',
].join('\n');

describe('geoFeaturesFor', () => {
  const places = placesIn(TEXT, [RUSSIA, DPRK, CHINA, MOSCOW, BEIJING]);
  const features = geoFeaturesFor(TEXT, places, borders);
  const byId = new Map(features.map((f) => [f.id, f]));

  it('adds the border both countries of which a sentence names, with its "border" mentions', () => {
    const border = byId.get('border:prk-rus') as BorderFeature;
    expect(border).toBeDefined();
    const mentions = border.properties.mentions;
    // Sentence 1 names both countries; the "18km-long border" is tied to it by the matched figure.
    expect(mentions.map((m) => m.text)).toEqual(['border', 'border']);
    for (const m of mentions) expect(TEXT.slice(m.start, m.end)).toBe('border');
    expect(mentions[0]!.excerpt).toBe('Russia is one of the three countries to share a border with the DPRK.');
    expect(mentions[1]!.excerpt).toMatch(/^The two countries share/);
    expect(border.geometry).toEqual(borders.find((b) => b.id === 'border:prk-rus')!.geometry);
  });

  it('leaves out borders the article names the countries of but never refers to', () => {
    // China and Russia are both named, but no sentence with "border" names both.
    expect(byId.has('border:chn-rus')).toBe(false);
    expect(byId.has('border:chn-prk')).toBe(false);
  });

  it('checks both figures and emits valid GeoJSON', () => {
    const claims = features.filter((f) => f.properties.kind === 'claim');
    expect(claims.map((f) => [f.properties.name, (f.properties as { matches: string[] }).matches])).toEqual([
      ['18km-long', ['border:prk-rus']],
      // Pairs are ordered by first mention: Beijing comes first in this text.
      ['5799km', ['place:beijing', 'place:moscow']],
    ]);
    expect(getIssues(JSON.stringify({ type: 'FeatureCollection', features }))).toEqual([]);
  });

  it('links a matched pair to the route between the two places', () => {
    const route = {
      type: 'Feature',
      id: 'route:x:beijing-moscow',
      geometry: { type: 'LineString', coordinates: [[116.39723, 39.9075], [37.61556, 55.75222]] },
      properties: { kind: 'route', name: 'x', from: 'place:beijing', to: 'place:moscow', mentions: [] },
    } as unknown as RouteFeature;
    const out = geoFeaturesFor(TEXT, places, borders, [route]);
    const claim = out.find((f) => f.id.startsWith('claim:5799km'))!;
    expect((claim.properties as { matches: string[] }).matches).toEqual(['place:beijing', 'place:moscow', route.id]);
  });

  it('without border data or places, still finds and reports the figures', () => {
    const out = geoFeaturesFor(TEXT, [], []);
    expect(out.map((f) => f.properties.kind)).toEqual(['claim', 'claim']);
    expect(out.every((f) => f.properties.kind === 'claim' && f.properties.matches.length === 0)).toBe(true);
  });

  it('an article naming only one country gets no border', () => {
    const text = 'Russia has a long border.';
    expect(geoFeaturesFor(text, placesIn(text, [RUSSIA]), borders)).toEqual([]);
  });
});

describe('geoFeaturesFor on untrusted input (property)', () => {
  it('never throws; every mention is a real slice of the text', () => {
    const word = fc.constantFrom('Russia', 'DPRK', 'border', ' ', '.', '\n', '18', 'km', '-long', '5,799', 'miles', 'Moscow', 'Beijing', '🙂');
    const text = fc.oneof(fc.string(), fc.array(word, { maxLength: 40 }).map((w) => w.join(' ')));
    const coord = fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Infinity, 95, -200));
    const junkBorder = fc.oneof(
      fc.constant(null),
      fc.constant({ type: 'Feature', id: 'border:x', properties: { kind: 'border', name: 'x', countries: ['RUS', 'PRK'], mentions: [] }, geometry: { type: 'LineString', coordinates: [[Number.NaN, 0], [1, 'a']] } }),
      fc.anything(),
    );
    fc.assert(
      fc.property(text, coord, coord, fc.array(junkBorder, { maxLength: 3 }), (t, lon, lat, junk) => {
        const places = placesIn(t, [RUSSIA, DPRK, { ...MOSCOW, lon, lat }, BEIJING]);
        const out = geoFeaturesFor(t, places, [...junk, ...borders]);
        for (const f of out) {
          for (const m of f.properties.mentions) expect(t.slice(m.start, m.end)).toBe(m.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
