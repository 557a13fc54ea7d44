import { describe, expect, it } from 'vitest';
import { possibleJourneys, promoteJourney } from '../../../src/app/lib/possibleJourneys';
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

  it('promoting one moves it into the features without its doubt, and leaves the rest listed', () => {
    const before = collection();
    const next = promoteJourney(before, 'p1');
    expect(next.features.map((f) => f.id)).toEqual(['drawn', 'p1']);
    expect(next.features[1]?.properties).not.toHaveProperty('certainty');
    expect(next.features[1]?.properties).not.toHaveProperty('doubt');
    expect(next.possibleJourneys?.map((j) => j.id)).toEqual(['p2']);
    // The collection it came from is untouched (React state).
    expect(before.possibleJourneys).toHaveLength(2);
    const last = promoteJourney(next, 'p2');
    expect(last).not.toHaveProperty('possibleJourneys');
    expect(promoteJourney(last, 'nope')).toBe(last);
  });
});
