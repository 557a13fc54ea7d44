/**
 * Export → import round trips over generated collections (fast-check): the app's GeoJSON gives the same map;
 * KML, GPX, CSV and the GIS layers keep names, coordinates and descriptions. Names include injection
 * payloads, control characters and 3,000-character strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapLayers } from '../../../../src/app/lib/collection';
import { placesCsv, storyCsv } from '../../../../src/app/lib/export/csv';
import { gisLayers } from '../../../../src/app/lib/export/gisLayers';
import { buildGpx } from '../../../../src/app/lib/export/gpx';
import { buildKml } from '../../../../src/app/lib/export/kml';
import { cleanText } from '../../../../src/app/lib/export/tables';
import { buildExport } from '../../../../src/app/lib/exportGeojson';
import { importFile } from '../../../../src/app/lib/import/importFile';
import type { AtlasCollection, PlaceFeature, RouteFeature } from '../../../../src/core/geojson/types';
import { atlasCollectionArb } from '../../../support/atlasArbitrary';
import { nodeXml } from '../../../support/nodeXml';

const xml = nodeXml();
const bytes = (text: string) => new TextEncoder().encode(text);

function imported(text: string, name: string): AtlasCollection {
  const verdict = importFile(bytes(text), name, xml);
  if (verdict.kind !== 'geojson') throw new Error(`import failed: ${verdict.kind === 'error' ? verdict.message : verdict.kind}`);
  return verdict.collection;
}

/** Difference of two longitudes on the circle (-180 and 180 are one meridian). */
const sameLon = (a: number, b: number) => ((((a - b) % 360) + 540) % 360) - 180;

const ends = (r: RouteFeature) => {
  const g = r.geometry;
  const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  return [lines[0]![0], lines.at(-1)!.at(-1)];
};

/** Every place of `original` is in `back` under the same (cleaned) name, at the same point, with its excerpt. */
function expectSamePlaces(original: AtlasCollection, back: AtlasCollection, digits = 9) {
  const got = mapLayers(back).places;
  const want = mapLayers(original).places;
  expect(got).toHaveLength(want.length);
  for (const p of want) {
    const q = got.find((g) => g.properties.name === cleanText(p.properties.name)) as PlaceFeature | undefined;
    expect(q, `place ${JSON.stringify(p.properties.name.slice(0, 40))}`).toBeDefined();
    expect(q!.geometry.coordinates[0]).toBeCloseTo(p.geometry.coordinates[0]!, digits);
    expect(q!.geometry.coordinates[1]).toBeCloseTo(p.geometry.coordinates[1]!, digits);
    expect(q!.properties.placeType).toBe(p.properties.placeType);
    expect(q!.properties.description).toBe(cleanText(p.properties.mentions[0]?.excerpt ?? ''));
  }
}

function expectSameRouteEnds(original: AtlasCollection, back: AtlasCollection) {
  const got = mapLayers(back).routes;
  const want = mapLayers(original).routes;
  expect(got).toHaveLength(want.length);
  want.forEach((r, i) => {
    const q = got[i]!;
    expect(q.properties.name).toBe(cleanText(r.properties.name));
    const [a, b] = ends(r);
    const [c, d] = ends(q);
    expect(sameLon(c![0]!, a![0]!)).toBeCloseTo(0, 5);
    expect(c![1]).toBeCloseTo(a![1]!, 5);
    expect(sameLon(d![0]!, b![0]!)).toBeCloseTo(0, 5);
    expect(d![1]).toBeCloseTo(b![1]!, 5);
  });
}

describe('round trips through every export format', () => {
  it("the app's GeoJSON gives the same map", () => {
    fc.assert(
      fc.property(atlasCollectionArb, (c) => {
        const back = imported(buildExport(c).json, 'map.geojson');
        const layers = (x: AtlasCollection) => {
          const { places, routes, borders } = mapLayers(x);
          return {
            places: places.map((p) => [p.id, p.properties.name, p.geometry.coordinates, p.properties.placeType, p.properties.mentions]),
            routes: routes.map((r) => [r.id, r.properties.name, r.properties.from, r.properties.to, r.properties.status, r.properties.date, r.geometry]),
            borders: borders.map((b) => [b.id, b.geometry]),
            events: x.features.filter((f) => f.properties.kind === 'event').map((f) => [f.id, f.properties.name, f.geometry]),
          };
        };
        // -0 and 0 are the same longitude (JSON writes both as 0).
        const zeroed = (v: unknown) => JSON.parse(JSON.stringify(v));
        expect(layers(back)).toEqual(zeroed(layers(c)));
        expect(back.article.title).toBe(c.article.title);
      }),
      { numRuns: 60 },
    );
  });

  it('KML keeps names, coordinates, descriptions and journeys', () => {
    fc.assert(
      fc.property(atlasCollectionArb, (c) => {
        const back = imported(buildKml(c, xml).kml, 'map.kml');
        expectSamePlaces(c, back);
        expectSameRouteEnds(c, back);
        expect(back.article.title).toBe(cleanText(c.article.title).trim() || 'map');
      }),
      { numRuns: 40 },
    );
  });

  it('GPX keeps names, coordinates, descriptions and journeys', () => {
    fc.assert(
      fc.property(atlasCollectionArb, (c) => {
        const back = imported(buildGpx(c, xml).gpx, 'map.gpx');
        expectSamePlaces(c, back);
        expectSameRouteEnds(c, back);
      }),
      { numRuns: 40 },
    );
  });

  it('the places CSV keeps names, coordinates (to 6 decimals) and first excerpts', () => {
    fc.assert(
      fc.property(atlasCollectionArb, (c) => {
        expectSamePlaces(c, imported(placesCsv(c), 'places.csv'), 6);
      }),
      { numRuns: 60 },
    );
  });

  it('the journeys CSV keeps travellers, ends, statuses and dates', () => {
    fc.assert(
      fc.property(atlasCollectionArb, (c) => {
        if (!c.features.some((f) => f.properties.kind === 'route' || f.properties.kind === 'event')) return;
        const back = imported(storyCsv(c), 'journeys.csv');
        expectSameRouteEnds(c, back);
        const want = mapLayers(c).routes;
        mapLayers(back).routes.forEach((r, i) => {
          expect(r.properties.status).toBe(want[i]!.properties.status);
          // The traveller column is one cell, a '; '-separated list: a name with ';' in it reads back as two.
          const travellers = want[i]!.properties.actors.map(cleanText).join('; ').split(';');
          expect(r.properties.actors).toEqual(travellers.map((a) => a.trim()).filter(Boolean));
          expect(r.properties.date.start).toBe(want[i]!.properties.date.start);
        });
        expect(back.features.filter((f) => f.properties.kind === 'event')).toHaveLength(c.features.filter((f) => f.properties.kind === 'event').length);
      }),
      { numRuns: 40 },
    );
  });

  it('the GIS layers keep places and journeys, one geometry type per layer, scalar properties only', () => {
    fc.assert(
      fc.property(atlasCollectionArb, (c) => {
        const layers = gisLayers(c);
        for (const layer of layers) {
          const types = new Set(layer.collection.features.map((f) => f.geometry.type));
          expect(types.size).toBe(1);
          for (const f of layer.collection.features) {
            for (const v of Object.values(f.properties)) expect(['string', 'number']).toContain(typeof v);
          }
        }
        const places = layers.find((l) => l.name === 'places')!;
        expectSamePlaces(c, imported(places.json, places.filename), 6);
        const routes = layers.find((l) => l.name === 'routes');
        if (routes) expect(mapLayers(imported(routes.json, routes.filename)).routes).toHaveLength(mapLayers(c).routes.length);
      }),
      { numRuns: 40 },
    );
  });
});
