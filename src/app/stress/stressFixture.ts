/**
 * A synthetic collection for the speed benchmark: many places and routes at random (seeded, so every
 * run draws the same map). Only reached through `?stress=1`, via a dynamic import.
 */
import type { AtlasCollection, PlaceFeature, RouteFeature } from '../../core/geojson/types';
import type { PlaceType } from '../../core/types';

/** mulberry32: a tiny seeded PRNG, so the fixture is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES: PlaceType[] = ['capital', 'city', 'town', 'village', 'landmark', 'region', 'country'];

/**
 * Build `places` places and `routes` routes between random pairs of them.
 * @example stressCollection(10_000, 2_000).features.length // → 12000
 */
export function stressCollection(places = 10_000, routes = 2_000, seed = 42): AtlasCollection {
  const random = prng(seed);
  const placeFeatures: PlaceFeature[] = [];
  for (let i = 0; i < places; i++) {
    const lon = random() * 360 - 180;
    const lat = Math.asin(random() * 2 - 1) * (180 / Math.PI) * 0.85;
    placeFeatures.push({
      type: 'Feature',
      id: `place:stress-${i}`,
      geometry: { type: 'Point', coordinates: [Number(lon.toFixed(4)), Number(lat.toFixed(4))] },
      properties: {
        kind: 'place',
        name: `Place ${i}`,
        mentions: [],
        placeType: TYPES[i % TYPES.length]!,
        countryCode: '',
        gazetteer: { source: 'stress', id: String(i) },
        confidence: 1,
        candidates: [],
        reference: 'literal',
      },
    });
  }
  const routeFeatures: RouteFeature[] = [];
  for (let i = 0; i < routes && places > 1; i++) {
    const a = placeFeatures[Math.floor(random() * places)]!;
    const b = placeFeatures[Math.floor(random() * places)]!;
    routeFeatures.push({
      type: 'Feature',
      id: `route:stress-${i}`,
      geometry: { type: 'LineString', coordinates: [a.geometry.coordinates, b.geometry.coordinates] },
      properties: {
        kind: 'route',
        name: `Route ${i}`,
        mentions: [],
        from: a.id,
        to: b.id,
        actors: [],
        date: { label: '', precision: 'unknown' },
        status: i % 3 === 0 ? 'planned' : 'happened',
        distanceKm: 0,
        ellipsoidKm: 0,
        confidence: 1,
      },
    });
  }
  return {
    type: 'FeatureCollection',
    article: { id: 'stress', title: `Stress test: ${places} places, ${routes} routes`, text: '' },
    features: [...placeFeatures, ...routeFeatures],
  };
}
