import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIssues } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { readCollection, readGeojson } from '../../../src/app/lib/collection';
import { buildExport } from '../../../src/app/lib/exportGeojson';
import { slugify } from '../../../src/app/lib/format';
import { MARKER_STYLES } from '../../../src/app/lib/placeStyle';
import type { AtlasCollection, PlaceFeature } from '../../../src/core/geojson/types';

const load = (name: string): AtlasCollection => {
  const result = readCollection(JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/app', name), 'utf8')));
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('buildExport', () => {
  const seed = load('seed-fixture.geojson');

  it('is valid RFC 7946 GeoJSON according to check-geojson', () => {
    expect(getIssues(buildExport(seed).json)).toEqual([]);
    expect(getIssues(buildExport(load('dateline.geojson')).json)).toEqual([]);
  });

  it('holds every place, route and border with its mentions, and the article with its text', () => {
    const out = JSON.parse(buildExport(seed).json) as AtlasCollection;
    const ids = (c: AtlasCollection, kind: string) => c.features.filter((f) => f.properties.kind === kind).map((f) => f.id);
    for (const kind of ['place', 'route', 'border']) expect(ids(out, kind)).toEqual(ids(seed, kind));
    for (const f of seed.features) {
      const o = out.features.find((x) => x.id === f.id)!;
      expect(o.properties.mentions).toEqual(f.properties.mentions);
      for (const mention of o.properties.mentions) expect(out.article.text!.slice(mention.start, mention.end)).toBe(mention.text);
    }
    expect(out.article.title).toBe(seed.article.title);
    expect(out.article.text).toBe(seed.article.text);
  });

  it('adds simplestyle-spec properties matching the map colours', () => {
    const out = buildExport(seed).collection;
    const capital = out.features.find((f) => f.properties.kind === 'place' && (f as PlaceFeature).properties.placeType === 'capital')!;
    expect(capital.properties['marker-color']).toBe(MARKER_STYLES.capital.color);
    expect(capital.properties.title).toBe(capital.properties.name);
    expect(capital.properties.description).toContain(capital.properties.mentions[0]!.excerpt);
    const route = out.features.find((f) => f.properties.kind === 'route')!;
    expect(route.properties.stroke).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('does not change the collection it is given', () => {
    const before = JSON.stringify(seed);
    buildExport(seed);
    expect(JSON.stringify(seed)).toBe(before);
  });

  it('keeps the checked numbers (with their verdict as description) and wraps longitudes into [-180, 180]', () => {
    const c: AtlasCollection = {
      ...seed,
      features: [
        ...seed.features.slice(0, 1),
        { type: 'Feature', id: 'claim:x', geometry: null, properties: { kind: 'claim', name: 'x', mentions: [], value: 1, unit: 'km', matches: [], verdict: 'matches nothing' } },
        { ...seed.features[0]!, id: 'place:far', geometry: { type: 'Point', coordinates: [241.76, 34] } } as PlaceFeature,
      ],
    };
    const out = buildExport(c).collection;
    expect(out.features.map((f) => f.id)).toEqual([seed.features[0]!.id, 'place:far', 'claim:x']);
    expect((out.features[1] as PlaceFeature).geometry.coordinates[0]).toBeCloseTo(-118.24, 6);
    expect(out.features[2]!.properties.description).toBe('matches nothing');
    expect(getIssues(buildExport(c).json)).toEqual([]);
  });

  it("exports the real seed's events and numbers too, so the file re-imports without loss", () => {
    const result = readCollection(JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/seed.geojson'), 'utf8')));
    if (!result.ok) throw new Error(result.error);
    const full = result.value;
    const out = buildExport(full);
    const kinds = (c: AtlasCollection) => c.features.map((f) => `${f.properties.kind}:${f.id}`).sort();
    expect(kinds(out.collection)).toEqual(kinds(full));
    expect(out.collection.features.some((f) => f.properties.kind === 'event')).toBe(true);
    expect(getIssues(out.json)).toEqual([]);
  });

  it("carries other tools' features shown beside the article, cleaned, and they open again as that layer", () => {
    const file = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [2.35, 48.86] }, properties: { name: 'Paris office', 'marker-color': '#ff0000' } },
        { type: 'Feature', geometry: { type: 'LineString', coordinates: [[0, 0], [10, 10]] }, properties: { title: 'Cable', fill: 'url(http://x)' } },
      ],
    };
    const opened = readGeojson(file);
    if (!opened.ok) throw new Error(opened.error);
    const out = buildExport(seed, opened.value.others);
    expect(getIssues(out.json)).toEqual([]);
    const again = readGeojson(JSON.parse(out.json));
    if (!again.ok) throw new Error(again.error);
    expect(again.value.others.map((o) => [o.name, o.geometry.type, o.style.markerColor])).toEqual([
      ['Paris office', 'Point', '#ff0000'],
      ['Cable', 'LineString', undefined],
    ]);
    // The unsafe colour did not travel; the app's own places are all still there.
    expect(out.json).not.toContain('url(');
    expect(again.value.collection.features.filter((f) => f.properties.kind === 'place')).toHaveLength(
      seed.features.filter((f) => f.properties.kind === 'place').length,
    );
  });

  it('names the file after the article title', () => {
    expect(buildExport(seed).filename).toBe(`${slugify(seed.article.title)}.geojson`);
    expect(buildExport(seed).filename).toMatch(/^russian-foreign-minister-lavrov[a-z0-9-]*\.geojson$/);
  });
});

describe('slugify', () => {
  it('makes a safe, readable file name', () => {
    expect(slugify('Lavrov: visit to the DPRK (2018)!')).toBe('lavrov-visit-to-the-dprk-2018');
    expect(slugify('Über São Paulo')).toBe('uber-sao-paulo');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('???')).toBe('article');
  });
});
