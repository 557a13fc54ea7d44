/**
 * fast-check generators of AtlasCollections: places with any text as names (injection payloads, control
 * characters, very long strings among them), journeys between them along great-circle arcs, events at them.
 */
import fc from 'fast-check';
import { greatCircleArc } from '../../src/core/geo/greatCircle';
import type { AtlasCollection, AtlasFeature, EventFeature, PlaceFeature, RouteFeature } from '../../src/core/geojson/types';

/** Text that has hurt web pages and file formats before; mixed into every generated name. */
export const HOSTILE_TEXT = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '<svg onload="window.__pwned=1"><circle r="9"/></svg>',
  'red;background:url(javascript:alert(1))',
  '"></script><script>window.__pwned=1</script>',
  ']]><!-- --><?xml?>',
  '=HYPERLINK("http://example.invalid","x")',
  '+cmd|calc',
  "'=1+1",
  'Zürich, Köln & 東京 — Москва',
  'line\r\nbreak\tand\u0007bell\u0000nul',
  'x'.repeat(3000),
];

const nameArb = fc.oneof(
  { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }).map((s) => `${s}a`) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
);
const lonArb = fc.double({ min: -180, max: 180, noNaN: true, noDefaultInfinity: true }).map((v) => Math.round(v * 1e4) / 1e4 + 0);
const latArb = fc.double({ min: -85, max: 85, noNaN: true, noDefaultInfinity: true }).map((v) => Math.round(v * 1e4) / 1e4 + 0);
const placeTypeArb = fc.constantFrom('country', 'capital', 'city', 'town', 'village', 'landmark', 'region', 'admin1', 'water' as const);
const statusArb = fc.constantFrom('happened', 'planned', 'proposed', 'cancelled' as const);

/**
 * An article's collection with 1–8 places (distinct names), up to 5 journeys and up to 3 events.
 * @example fc.assert(fc.property(atlasCollectionArb, (c) => …))
 */
export const atlasCollectionArb: fc.Arbitrary<AtlasCollection> = fc
  .record({
    title: nameArb,
    places: fc.uniqueArray(fc.record({ name: nameArb, lon: lonArb, lat: latArb, type: placeTypeArb, excerpt: nameArb }), {
      minLength: 1,
      maxLength: 8,
      selector: (p) => p.name,
    }),
    routes: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), status: statusArb, actor: nameArb, date: fc.option(fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })) }), { maxLength: 5 }),
    events: fc.array(fc.record({ at: fc.nat(), name: nameArb, status: statusArb }), { maxLength: 3 }),
  })
  .map(({ title, places, routes, events }) => {
    const placeFeatures: PlaceFeature[] = places.map((p, i) => ({
      type: 'Feature',
      id: `place:${i}`,
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: {
        kind: 'place',
        name: p.name,
        mentions: [{ start: 0, end: 0, text: '', excerpt: p.excerpt }],
        placeType: p.type,
        countryCode: 'RU',
        gazetteer: { source: 'geonames', id: String(1000 + i) },
        confidence: 0.9,
        candidates: [],
        reference: 'literal',
      },
    }));
    const routeFeatures: RouteFeature[] = [];
    routes.forEach((r, i) => {
      const a = placeFeatures[r.from % placeFeatures.length]!;
      const b = placeFeatures[r.to % placeFeatures.length]!;
      if (a === b) return;
      const ac = a.geometry.coordinates as [number, number];
      const bc = b.geometry.coordinates as [number, number];
      const day = r.date ? r.date.toISOString().slice(0, 10) : undefined;
      routeFeatures.push({
        type: 'Feature',
        id: `route:${i}`,
        geometry: greatCircleArc(ac, bc, { split: true, npoints: 8 }),
        properties: {
          kind: 'route',
          name: `${r.actor}: ${a.properties.name} → ${b.properties.name}`,
          mentions: [],
          from: a.id,
          to: b.id,
          actors: [r.actor],
          date: day ? { start: day, label: day, precision: 'day' } : { label: '', precision: 'unknown' },
          status: r.status,
          distanceKm: 1234.5,
          ellipsoidKm: 1236.1,
          confidence: 0.8,
        },
      });
    });
    const eventFeatures: EventFeature[] = events.map((e, i) => {
      const at = placeFeatures[e.at % placeFeatures.length]!;
      return {
        type: 'Feature',
        id: `event:${i}`,
        geometry: at.geometry,
        properties: { kind: 'event', name: e.name, mentions: [], place: at.id, participants: [], date: { label: '', precision: 'unknown' }, status: e.status, confidence: 0.7 },
      };
    });
    const features: AtlasFeature[] = [...placeFeatures, ...routeFeatures, ...eventFeatures];
    return { type: 'FeatureCollection', article: { id: 'generated', title, text: '' }, features } as AtlasCollection;
  });
