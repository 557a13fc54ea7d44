/** Shared loaders for the app tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCollection } from '../../src/app/lib/collection';
import type { AtlasCollection, PlaceFeature } from '../../src/core/geojson/types';

/** Load an app fixture through the same checks the app applies. */
export function loadFixture(name: string): AtlasCollection {
  const result = readCollection(JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/app', name), 'utf8')));
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** A place feature with the given name and text mentions, for small component tests. */
export function placeFixture(id: string, name: string, placeType: string, mentions: PlaceFeature['properties']['mentions'], coordinates: [number, number] = [0, 0]): PlaceFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates },
    properties: {
      kind: 'place',
      name,
      mentions,
      placeType: placeType as PlaceFeature['properties']['placeType'],
      countryCode: 'RU',
      gazetteer: { source: 'test', id },
      confidence: 1,
      candidates: [],
      reference: 'literal',
    },
  };
}
