/** The whole pipeline on the seed: one collection whose parts refer to each other consistently. */
import { readFileSync } from 'node:fs';
import { check } from '@placemarkio/check-geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadResourcesSync } from '../../src/cli/resources';
import type { AtlasCollection } from '../../src/core/geojson/types';
import { analyzeArticle } from '../../src/core/pipeline';

const text = readFileSync('seeds/000_b76ed577badf652c.txt', 'utf8');
let fc: AtlasCollection;
beforeAll(() => {
  fc = analyzeArticle(text, loadResourcesSync(), { id: 'seed' });
});

describe('analyzeArticle', () => {
  it('is valid RFC 7946 GeoJSON with the article and its text', () => {
    expect(() => check(JSON.stringify(fc))).not.toThrow();
    expect(fc.article).toMatchObject({ id: 'seed', published: '2018-04-10', text });
  });

  it('gives every feature a unique id, a kind, a name and mentions that slice the text', () => {
    const ids = fc.features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of fc.features) {
      expect(['place', 'route', 'event', 'border', 'claim']).toContain(f.properties.kind);
      expect(f.properties.name.length).toBeGreaterThan(0);
      for (const m of f.properties.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('makes every route end a place feature; places the story only implies have no mentions', () => {
    const places = new Map(fc.features.filter((f) => f.properties.kind === 'place').map((f) => [f.id, f]));
    const routes = fc.features.filter((f) => f.properties.kind === 'route');
    expect(routes.length).toBeGreaterThan(0);
    for (const r of routes) {
      if (r.properties.kind !== 'route') continue;
      expect(places.has(r.properties.from), r.properties.from).toBe(true);
      expect(places.has(r.properties.to), r.properties.to).toBe(true);
    }
    const implied = [...places.values()].filter((p) => p.properties.kind === 'place' && p.properties.reference === 'implied');
    for (const p of implied) expect(p.properties.mentions).toEqual([]);
    // Every place named in the text is literal or a demonym, with at least one mention.
    for (const p of places.values()) if (p.properties.kind === 'place' && p.properties.reference !== 'implied') expect(p.properties.mentions.length).toBeGreaterThan(0);
  });

  it('names the division and country of every place in a country, implied places included', () => {
    const places = fc.features.filter((f) => f.properties.kind === 'place');
    for (const f of places) {
      if (f.properties.kind !== 'place' || !f.properties.countryCode || f.properties.placeType === 'country') continue;
      expect(f.properties.countryName, f.id).toMatch(/^\p{Lu}/u);
    }
    const pyongyang = places.find((f) => f.properties.name === 'Pyongyang')!;
    expect(pyongyang.properties).toMatchObject({ countryName: 'North Korea' });
  });
});

describe('analyzeArticle: where each place lies, in words', () => {
  it('gives a town its state and country, a state its country, and a country neither', () => {
    const out = analyzeArticle('Storms flooded roads in Paris, Texas, on Monday. Forecasters in France watched.', loadResourcesSync(), { id: 'where' });
    const props = (name: string) => out.features.find((f) => f.properties.kind === 'place' && f.properties.name === name)?.properties as unknown as Record<string, unknown>;
    expect(props('Paris')).toMatchObject({ admin1Name: 'Texas', countryName: 'United States' });
    expect(props('Texas')).toMatchObject({ countryName: 'United States' });
    expect(props('Texas').admin1Name).toBeUndefined();
    expect(props('France').admin1Name).toBeUndefined();
    expect(props('France').countryName).toBeUndefined();
  });
});
