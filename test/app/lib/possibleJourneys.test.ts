import { describe, expect, it } from 'vitest';
import { possibleJourneys } from '../../../src/app/lib/possibleJourneys';
import type { AtlasCollection, RouteFeature } from '../../../src/core/geojson/types';

const route = (id: string, extra: Record<string, unknown> = {}): RouteFeature =>
  ({
    type: 'Feature',
    id,
    geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] },
    properties: { kind: 'route', name: id, mentions: [], from: 'a', to: 'b', actors: [], date: { label: '', precision: 'unknown' }, status: 'happened', distanceKm: 1, ellipsoidKm: 1, confidence: 0.5, ...extra },
  }) as RouteFeature;

const collection = (): AtlasCollection => ({
  type: 'FeatureCollection',
  article: { id: 'a', title: 'a' },
  features: [route('drawn')],
  possibleJourneys: [route('p1', { certainty: 'possible', doubt: 'a tour of whole countries' }), route('p2', { certainty: 'possible', doubt: 'x' })],
});

describe('possible journeys', () => {
  it('lists them, and nothing for a collection without the member or with a broken one', () => {
    expect(possibleJourneys(collection()).map((j) => j.id)).toEqual(['p1', 'p2']);
    expect(possibleJourneys({ ...collection(), possibleJourneys: undefined })).toEqual([]);
    expect(possibleJourneys({ ...collection(), possibleJourneys: 'x' as unknown as [] })).toEqual([]);
    expect(possibleJourneys(null)).toEqual([]);
  });
});
