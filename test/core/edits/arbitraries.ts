/** fast-check arbitraries of edits that refer to an analysis' own places, mentions, routes and events. */
import fc from 'fast-check';
import { choiceFromCandidate, type EditDraft, mentionRefOf, placeRefOf, storyRefOf } from '../../../src/core/edits/refs';
import type { PlaceChoice } from '../../../src/core/edits/types';
import type { AtlasCollection, EventFeature, PlaceFeature, RouteFeature, StoryDate } from '../../../src/core/geojson/types';

const STATUSES = ['happened', 'planned', 'proposed', 'cancelled'] as const;

export function editDraftArb(analysis: AtlasCollection): fc.Arbitrary<EditDraft> {
  const places = analysis.features.filter((f): f is PlaceFeature => f.properties.kind === 'place');
  const mentioned = places.filter((p) => p.properties.mentions.length > 0);
  const routes = analysis.features.filter((f): f is RouteFeature => f.properties.kind === 'route');
  const events = analysis.features.filter((f): f is EventFeature => f.properties.kind === 'event');
  const text = analysis.article.text ?? '';

  const placeArb = fc.constantFrom(...places);
  const mentionedArb = fc.constantFrom(...mentioned);
  const mentionArb = mentionedArb.chain((p) => fc.constantFrom(...p.properties.mentions));
  const pin = fc.record({
    name: fc.constantFrom('Camp North', 'Harbour Gate', 'Old Mill'),
    lon: fc.double({ min: -180, max: 180, noNaN: true }),
    lat: fc.double({ min: -89, max: 89, noNaN: true }),
  });
  const candidates = places.flatMap((p) => p.properties.candidates);
  const choiceArb: fc.Arbitrary<PlaceChoice> = fc.oneof(
    pin.map((p): PlaceChoice => ({ type: 'custom', ...p })),
    ...(candidates.length > 0 ? [fc.constantFrom(...candidates).map((c) => choiceFromCandidate(c))] : []),
    // Another place of the article: choosing it merges the two.
    placeArb.map((p) =>
      choiceFromCandidate({ ...p.properties, lon: p.geometry.coordinates[0]!, lat: p.geometry.coordinates[1]!, score: 1 }),
    ),
  );
  const dateArb: fc.Arbitrary<StoryDate> = fc
    .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => {
      const iso = d.toISOString().slice(0, 10);
      return { label: iso, start: iso, end: iso, precision: 'day' };
    });
  // Words of the text to select: any word of 4+ letters.
  const words = [...text.matchAll(/\p{L}{4,}/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));

  const arbs: Array<fc.Arbitrary<EditDraft>> = [
    fc.record({ kind: fc.constant('choose-place' as const), place: placeArb.map((p) => placeRefOf(p)), choice: choiceArb }),
    fc.record({ kind: fc.constant('choose-mention' as const), mention: mentionArb.map(mentionRefOf), choice: choiceArb }),
    fc.record({ kind: fc.constant('remove-place' as const), place: placeArb.map((p) => placeRefOf(p)) }),
    fc.record({ kind: fc.constant('remove-mention' as const), mention: mentionArb.map(mentionRefOf) }),
    fc.record({
      kind: fc.constant('move-place' as const),
      place: placeArb.map((p) => placeRefOf(p)),
      lon: fc.double({ min: -400, max: 400, noNaN: true }),
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
    }),
    fc.record({
      kind: fc.constant('add-route' as const),
      traveller: fc.constantFrom('', 'A delegation', 'Maria Lopez'),
      from: placeArb.map((p) => placeRefOf(p)),
      to: placeArb.map((p) => placeRefOf(p)),
      status: fc.constantFrom(...STATUSES),
    }),
  ];
  if (words.length > 0) {
    arbs.push(
      fc.record({ kind: fc.constant('add-place' as const), mention: fc.constantFrom(...words), choice: choiceArb, sameWords: fc.boolean() }),
    );
  }
  if (routes.length > 0) {
    const routeRef = fc.constantFrom(...routes).map(storyRefOf);
    arbs.push(
      fc.record({ kind: fc.constant('delete-route' as const), route: routeRef }),
      fc.record({ kind: fc.constant('reverse-route' as const), route: routeRef }),
      fc.record({ kind: fc.constant('set-status' as const), target: routeRef, status: fc.constantFrom(...STATUSES) }),
      fc.record({ kind: fc.constant('set-date' as const), target: routeRef, date: dateArb }),
    );
  }
  if (events.length > 0) {
    const eventRef = fc.constantFrom(...events).map(storyRefOf);
    arbs.push(
      fc.record({ kind: fc.constant('delete-event' as const), event: eventRef }),
      fc.record({ kind: fc.constant('set-status' as const), target: eventRef, status: fc.constantFrom(...STATUSES) }),
    );
  }
  const possible = analysis.possibleJourneys ?? [];
  if (possible.length > 0) {
    arbs.push(fc.record({ kind: fc.constant('promote-journey' as const), journey: fc.constantFrom(...possible).map(storyRefOf) }));
  }
  return fc.oneof(...arbs);
}
