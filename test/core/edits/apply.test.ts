import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/edits/apply';
import {
  choiceFromCandidate,
  createEdit,
  customChoice,
  type EditDraft,
  mentionRefOf,
  placeRefOf,
  storyRefOf,
} from '../../../src/core/edits/refs';
import type { Edit, OriginalPlace, OriginalStory } from '../../../src/core/edits/types';
import { distanceModels } from '../../../src/core/geo/distance';
import type { AtlasCollection, RouteFeature } from '../../../src/core/geojson/types';
import { STATUS_COLORS } from '../../../src/core/story/features';
import {
  analyzeFixture,
  at,
  bordersOf,
  claimsOf,
  eventsOf,
  place,
  placesOf,
  resources,
  routeBetween,
  routesOf,
} from './support';

const analysis = analyzeFixture();
const deps = { borders: resources.borders };

/** Builds the edits one after another (ids unique, times fixed) and applies them. */
function run(drafts: EditDraft[], base: AtlasCollection = analysis) {
  const edits: Edit[] = [];
  drafts.forEach((d, i) => {
    edits.push(createEdit(d, edits, at(i)));
  });
  return { edits, ...applyEdits(base, edits, deps) };
}

const firstCoord = (r: RouteFeature) => (r.geometry.type === 'LineString' ? r.geometry.coordinates[0] : r.geometry.coordinates[0]![0])!;
const lastCoord = (r: RouteFeature) =>
  (r.geometry.type === 'LineString' ? r.geometry.coordinates.at(-1) : r.geometry.coordinates.at(-1)!.at(-1))!;

describe('applyEdits: the fixture analysis', () => {
  it('has what the tests below correct (a sanity check of the fixture, not of the code under test)', () => {
    expect(placesOf(analysis).map((p) => p.properties.name)).toEqual(
      expect.arrayContaining(['Moscow', 'Helsinki', 'Finland', 'Russia', 'Paris']),
    );
    expect(place(analysis, 'Paris').properties.candidates.length).toBeGreaterThan(0);
    expect(routeBetween(analysis, 'Helsinki', 'Moscow').properties.distanceKm).toBeGreaterThan(800);
    expect(bordersOf(analysis).map((b) => b.id)).toEqual(['border:fin-rus']);
    expect(claimsOf(analysis).map((c) => c.properties.verdict)).toEqual([expect.stringMatching(/^matches/), expect.stringMatching(/^matches/)]);
  });
});

describe('applyEdits', () => {
  it('gives back the analysis itself when there are no edits', () => {
    expect(applyEdits(analysis, [], deps)).toEqual({ collection: analysis, outcomes: [] });
    expect(applyEdits(analysis, [], deps).collection).toBe(analysis);
  });

  it('does not change the analysis it is given', () => {
    const before = structuredClone(analysis);
    const moscow = place(analysis, 'Moscow');
    run([
      { kind: 'move-place', place: placeRefOf(moscow), lon: 30.3, lat: 59.94 },
      { kind: 'remove-place', place: placeRefOf(place(analysis, 'Paris')) },
      { kind: 'reverse-route', route: storyRefOf(routeBetween(analysis, 'Helsinki', 'Moscow')) },
    ]);
    expect(analysis).toEqual(before);
  });

  it('move: the place is where the person put it; its routes, events and the figures it explains follow', () => {
    const moscow = place(analysis, 'Moscow');
    const stPetersburg: [number, number] = [30.3141, 59.9386];
    const { collection, outcomes } = run([{ kind: 'move-place', place: placeRefOf(moscow), lon: stPetersburg[0], lat: stPetersburg[1] }]);
    expect(outcomes).toEqual([{ editId: expect.any(String), applied: true }]);
    const moved = place(collection, 'Moscow');
    expect(moved.id).toBe(moscow.id);
    expect(moved.geometry.coordinates).toEqual(stPetersburg);
    expect(moved.properties.edited).toMatchObject({ by: 'person', fields: ['coordinates'] });
    expect((moved.properties.edited!.original as OriginalPlace).coordinates).toEqual(moscow.geometry.coordinates);
    expect(moved.properties.mentions).toEqual(moscow.properties.mentions);

    const helsinki = place(collection, 'Helsinki');
    const route = routeBetween(collection, 'Helsinki', 'Moscow');
    const expected = distanceModels(helsinki.geometry.coordinates as [number, number], stPetersburg);
    expect(route.properties.distanceKm).toBeCloseTo(expected.turfKm, 1);
    expect(route.properties.ellipsoidKm).toBeCloseTo(expected.ellipsoidKm, 1);
    expect(route.properties.distanceKm).not.toBeCloseTo(routeBetween(analysis, 'Helsinki', 'Moscow').properties.distanceKm, 0);
    expect(lastCoord(route)[0]).toBeCloseTo(stPetersburg[0], 5);
    expect(lastCoord(route)[1]).toBeCloseTo(stPetersburg[1], 5);
    // The route was measured anew, not edited by the person: no mark on it.
    expect(route.properties.edited).toBeUndefined();

    for (const e of eventsOf(collection).filter((x) => x.properties.place === moscow.id)) {
      expect(e.geometry?.coordinates).toEqual(stPetersburg);
    }
    // "about 890 km" was Helsinki–Moscow; Helsinki–St Petersburg is ~300 km.
    const claim = claimsOf(collection).find((c) => c.properties.name === 'about 890 km')!;
    expect(claim.properties.verdict).not.toMatch(/^matches/);
    // The border figure has nothing to do with Moscow's position.
    const border = claimsOf(collection).find((c) => c.properties.name === 'about 1,340 km')!;
    expect(border).toEqual(claimsOf(analysis).find((c) => c.properties.name === 'about 1,340 km'));
  });

  it('move: a longitude dragged on a copy of the world comes back into [−180, 180]; a bad position is reported', () => {
    const moscow = place(analysis, 'Moscow');
    const { collection, outcomes } = run([
      { kind: 'move-place', place: placeRefOf(moscow), lon: 37.6 + 360, lat: 55.75 },
      { kind: 'move-place', place: placeRefOf(moscow), lon: 10, lat: 95 },
    ]);
    expect(place(collection, 'Moscow').geometry.coordinates).toEqual([37.6, 55.75]);
    expect(outcomes[1]).toMatchObject({ applied: false, reason: expect.stringContaining('not a longitude and latitude') });
  });

  it('choose another place: every mention moves, the original is kept, the country tint follows', () => {
    const paris = place(analysis, 'Paris');
    const candidate = paris.properties.candidates.find((c) => c.countryCode !== paris.properties.countryCode)!;
    const { collection } = run([{ kind: 'choose-place', place: placeRefOf(paris), choice: choiceFromCandidate(candidate) }]);
    const chosen = placesOf(collection).find((p) => p.id === paris.id)!;
    expect(chosen.properties.name).toBe(candidate.name);
    expect(chosen.geometry.coordinates).toEqual([candidate.lon, candidate.lat]);
    expect(chosen.properties.gazetteer).toEqual(candidate.gazetteer);
    expect(chosen.properties.countryCode).toBe(candidate.countryCode);
    expect(chosen.properties.mentions).toEqual(paris.properties.mentions);
    expect(chosen.properties.confidence).toBe(1);
    expect(chosen.properties.edited!.fields).toEqual(expect.arrayContaining(['coordinates', 'gazetteer', 'countryCode']));
    expect(chosen.properties.edited!.original).toEqual({
      name: 'Paris',
      coordinates: paris.geometry.coordinates,
      gazetteer: paris.properties.gazetteer,
      placeType: paris.properties.placeType,
      countryCode: paris.properties.countryCode,
    });
    // Nothing else in the article names France: its code is no longer among the places' countries.
    expect(placesOf(collection).some((p) => p.properties.countryCode === paris.properties.countryCode)).toBe(false);
  });

  it('choose another place: the division and country names are the new place’s, and a pin has none', () => {
    const paris = place(analysis, 'Paris');
    expect(paris.properties.countryName).toBeDefined();
    const candidate = paris.properties.candidates.find((c) => c.countryCode === 'US')!;
    const named = run([{ kind: 'choose-place', place: placeRefOf(paris), choice: choiceFromCandidate(candidate, { admin1Name: 'Texas', countryName: 'United States' }) }]);
    expect(placesOf(named.collection).find((p) => p.id === paris.id)!.properties).toMatchObject({ admin1Name: 'Texas', countryName: 'United States' });
    const pinned = run([{ kind: 'choose-place', place: placeRefOf(paris), choice: customChoice('Paris pin', 2.3, 48.9) }]);
    const pin = placesOf(pinned.collection).find((p) => p.id === paris.id)!.properties;
    expect(pin.admin1Name).toBeUndefined();
    expect(pin.countryName).toBeUndefined();
  });

  it('choose another place for one mention only: it becomes a place of its own, the rest stay', () => {
    const paris = place(analysis, 'Paris');
    const [first, second] = paris.properties.mentions;
    const candidate = paris.properties.candidates[0]!;
    const { collection } = run([{ kind: 'choose-mention', mention: mentionRefOf(second!), choice: choiceFromCandidate(candidate) }]);
    const stays = placesOf(collection).find((p) => p.id === paris.id)!;
    expect(stays.properties.name).toBe('Paris');
    expect(stays.properties.mentions).toEqual([first]);
    expect(stays.properties.edited!.fields).toEqual(['mentions']);
    const split = placesOf(collection).find((p) => p.properties.gazetteer.id === candidate.gazetteer.id)!;
    expect(split.id).not.toBe(paris.id);
    expect(split.properties.mentions).toEqual([second]);
    expect(split.properties.edited!.original).toMatchObject({ name: 'Paris', gazetteer: paris.properties.gazetteer });
  });

  it('choosing the place another feature already is merges them; routes follow the merged id', () => {
    // Say the person decides "Helsinki" meant Moscow: one place, and the Helsinki→Moscow trip has one end.
    const helsinki = place(analysis, 'Helsinki');
    const moscow = place(analysis, 'Moscow');
    const choice = choiceFromCandidate({ ...moscow.properties, lon: moscow.geometry.coordinates[0]!, lat: moscow.geometry.coordinates[1]!, score: 1 });
    const { collection, edits } = run([{ kind: 'choose-place', place: placeRefOf(helsinki), choice }]);
    expect(placesOf(collection).some((p) => p.id === helsinki.id)).toBe(false);
    const merged = place(collection, 'Moscow');
    expect(merged.properties.mentions.map((m) => m.start)).toEqual(
      [...moscow.properties.mentions, ...helsinki.properties.mentions].map((m) => m.start).sort((a, b) => a - b),
    );
    expect(collection.edits!.removed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: helsinki.id, kind: 'place', because: expect.stringContaining('merged into Moscow') }),
        expect.objectContaining({ id: routeBetween(analysis, 'Helsinki', 'Moscow').id, kind: 'route', editId: edits[0]!.id }),
      ]),
    );
    for (const r of routesOf(collection)) {
      expect([r.properties.from, r.properties.to]).not.toContain(helsinki.id);
      expect(r.properties.from).not.toBe(r.properties.to);
    }
  });

  it('remove a place: it goes with its routes; a country removed takes its border and the border figure', () => {
    const russia = place(analysis, 'Russia');
    const paris = place(analysis, 'Paris');
    const { collection, edits } = run([
      { kind: 'remove-place', place: placeRefOf(paris) },
      { kind: 'remove-place', place: placeRefOf(russia) },
    ]);
    expect(placesOf(collection).map((p) => p.id)).not.toEqual(expect.arrayContaining([paris.id]));
    expect(placesOf(collection).map((p) => p.id)).not.toContain(russia.id);
    expect(bordersOf(collection)).toEqual([]);
    const figure = claimsOf(collection).find((c) => c.properties.name === 'about 1,340 km')!;
    expect(figure.properties.matches).toEqual([]);
    expect(collection.edits).toEqual({
      by: 'person',
      applied: 2,
      notApplied: 0,
      removed: [
        { id: paris.id, kind: 'place', name: 'Paris', editId: edits[0]!.id },
        { id: russia.id, kind: 'place', name: 'Russia', editId: edits[1]!.id },
      ],
    });

    const moscow = place(analysis, 'Moscow');
    const gone = run([{ kind: 'remove-place', place: placeRefOf(moscow) }]).collection;
    expect(routesOf(gone).some((r) => r.properties.to === moscow.id || r.properties.from === moscow.id)).toBe(false);
    expect(gone.edits!.removed).toContainEqual(
      expect.objectContaining({ id: routeBetween(analysis, 'Helsinki', 'Moscow').id, kind: 'route', because: `its end ${moscow.id} was removed` }),
    );
    // An event at a removed place stays in the timeline, with no place.
    for (const e of eventsOf(gone).filter((x) => eventsOf(analysis).find((o) => o.id === x.id)?.properties.place === moscow.id)) {
      expect(e.geometry).toBeNull();
      expect(e.properties.place).toBeUndefined();
    }
  });

  it('remove one mention; the last mention removed takes the place', () => {
    const paris = place(analysis, 'Paris');
    const [first, second] = paris.properties.mentions;
    const one = run([{ kind: 'remove-mention', mention: mentionRefOf(first!) }]).collection;
    expect(place(one, 'Paris').properties.mentions).toEqual([second]);
    expect(place(one, 'Paris').properties.edited!.fields).toEqual(['mentions']);
    const both = run([
      { kind: 'remove-mention', mention: mentionRefOf(first!) },
      { kind: 'remove-mention', mention: mentionRefOf(second!) },
    ]).collection;
    expect(placesOf(both).some((p) => p.id === paris.id)).toBe(false);
    expect(both.edits!.removed).toEqual([expect.objectContaining({ id: paris.id, because: 'its last mention was removed' })]);
  });

  it('add a place for selected words: other exact occurrences of the words join it; a gazetteer choice or a pin', () => {
    const text = analysis.article.text!;
    const start = text.indexOf('Weber');
    const sel = { start, end: start + 'Weber'.length, text: 'Weber' };
    const { collection, outcomes } = run([{ kind: 'add-place', mention: sel, choice: customChoice('Weber Hall', 24.95, 60.17, 'FI') }]);
    expect(outcomes[0]!.applied).toBe(true);
    const added = place(collection, 'Weber Hall');
    expect(added.id).toBe('place:weber-hall');
    expect(added.geometry.coordinates).toEqual([24.95, 60.17]);
    expect(added.properties.gazetteer).toEqual({ source: 'person', id: 'weber-hall' });
    expect(added.properties.edited).toMatchObject({ fields: ['added'], original: null });
    const starts = [...text.matchAll(/\bWeber\b/g)].map((m) => m.index);
    expect(added.properties.mentions.map((m) => m.start)).toEqual(starts);
    for (const m of added.properties.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.excerpt).toContain('Weber');
    }
    const alone = run([{ kind: 'add-place', mention: sel, choice: customChoice('Weber Hall', 24.95, 60.17), sameWords: false }]).collection;
    expect(place(alone, 'Weber Hall').properties.mentions.map((m) => m.start)).toEqual([start]);
  });

  it('add a place over words that are part of a place takes them from it; words not in the text are reported', () => {
    const text = analysis.article.text!;
    const start = text.indexOf('Officials in Paris');
    const sel = { start, end: start + 'Officials in Paris'.length, text: 'Officials in Paris' };
    const paris = place(analysis, 'Paris');
    const { collection, outcomes } = run([
      { kind: 'add-place', mention: sel, choice: customChoice('The ministry', 2.32, 48.86, 'FR') },
      { kind: 'add-place', mention: { start: 3, end: 8, text: 'Paris' }, choice: customChoice('X', 0, 0) },
    ]);
    expect(place(collection, 'Paris').properties.mentions.map((m) => m.start)).toEqual(
      paris.properties.mentions.filter((m) => m.start < start || m.start >= sel.end).map((m) => m.start),
    );
    expect(place(collection, 'The ministry').properties.mentions).toHaveLength(1);
    expect(outcomes[1]).toMatchObject({ applied: false, reason: expect.stringContaining('does not have “Paris” at offset 3') });
  });

  it('an edit that leaves the named places and the routes between them as they were gets the same borders and figures back', () => {
    const route = routeBetween(analysis, 'Helsinki', 'Moscow');
    const once = run([{ kind: 'reverse-route', route: storyRefOf(route) }]).collection;
    const twice = run([
      { kind: 'reverse-route', route: storyRefOf(route) },
      { kind: 'reverse-route', route: storyRefOf(route) },
    ]).collection;
    expect(claimsOf(once).length).toBeGreaterThan(0);
    for (const [i, c] of claimsOf(twice).entries()) expect(c).toBe(claimsOf(once)[i]);
    for (const [i, b] of bordersOf(twice).entries()) expect(b).toBe(bordersOf(once)[i]);
    // A place moved: the figures are checked anew, and the one about that pair no longer matches.
    const moved = run([
      { kind: 'reverse-route', route: storyRefOf(route) },
      { kind: 'move-place', place: placeRefOf(place(analysis, 'Moscow')), lon: 30.3, lat: 59.9 },
    ]).collection;
    expect(claimsOf(moved).find((c) => c.properties.name === 'about 890 km')!.properties.verdict).not.toMatch(/^matches/);
  });

  it('delete a route or an event; claims no longer link the deleted route', () => {
    const route = routeBetween(analysis, 'Helsinki', 'Moscow');
    const claim = claimsOf(analysis).find((c) => c.properties.matches.includes(route.id));
    expect(claim).toBeDefined();
    const event = eventsOf(analysis)[0]!;
    const { collection } = run([
      { kind: 'delete-route', route: storyRefOf(route) },
      { kind: 'delete-event', event: storyRefOf(event) },
    ]);
    expect(routesOf(collection).map((r) => r.id)).not.toContain(route.id);
    expect(eventsOf(collection).map((e) => e.id)).not.toContain(event.id);
    expect(claimsOf(collection).find((c) => c.id === claim!.id)!.properties.matches).not.toContain(route.id);
    expect(collection.edits!.removed.map((r) => r.kind)).toEqual(['route', 'event']);
  });

  it('add a route between two places, then reverse it and change its status and date', () => {
    const paris = place(analysis, 'Paris');
    const helsinki = place(analysis, 'Helsinki');
    const first = run([{ kind: 'add-route', traveller: ' Anna Weber ', from: placeRefOf(paris), to: placeRefOf(helsinki), status: 'planned' }]);
    const id = `route:added:${first.edits[0]!.id}`;
    const added = routesOf(first.collection).find((r) => r.id === id)!;
    expect(added.properties).toMatchObject({
      from: paris.id,
      to: helsinki.id,
      actors: ['Anna Weber'],
      name: 'Anna Weber: Paris → Helsinki',
      status: 'planned',
      stroke: STATUS_COLORS.planned,
      mentions: [],
      edited: { by: 'person', fields: ['added'], original: null },
    });
    const km = distanceModels(paris.geometry.coordinates as [number, number], helsinki.geometry.coordinates as [number, number]);
    expect(added.properties.distanceKm).toBeCloseTo(km.turfKm, 1);

    const date = { label: '3 April', start: '2026-04-03', end: '2026-04-03', precision: 'day' as const };
    const edits = [...first.edits];
    edits.push(createEdit({ kind: 'reverse-route', route: storyRefOf(added) }, edits, at(10)));
    edits.push(createEdit({ kind: 'set-status', target: storyRefOf(added), status: 'happened' }, edits, at(11)));
    edits.push(createEdit({ kind: 'set-date', target: storyRefOf(added), date }, edits, at(12)));
    const { collection, outcomes } = applyEdits(analysis, edits, deps);
    expect(outcomes.every((o) => o.applied)).toBe(true);
    const after = routesOf(collection).find((r) => r.id === id)!;
    expect(after.properties).toMatchObject({ from: helsinki.id, to: paris.id, status: 'happened', date, stroke: STATUS_COLORS.happened });
    expect(after.properties.edited!.edits).toEqual(edits.map((e) => e.id));
    expect(firstCoord(after)[0]).toBeCloseTo(helsinki.geometry.coordinates[0]!, 5);
  });

  it('reverse a route the machine drew: ends swap, distance stays, the original is recorded', () => {
    const route = routeBetween(analysis, 'Helsinki', 'Moscow');
    const { collection } = run([{ kind: 'reverse-route', route: storyRefOf(route) }]);
    const r = routesOf(collection).find((x) => x.id === route.id)!;
    expect([r.properties.from, r.properties.to]).toEqual([route.properties.to, route.properties.from]);
    expect(r.properties.distanceKm).toBe(route.properties.distanceKm);
    expect(firstCoord(r)).toEqual(lastCoord(route));
    expect(r.properties.edited).toEqual({
      by: 'person',
      fields: ['from', 'to'],
      edits: [expect.any(String)],
      original: { from: route.properties.from, to: route.properties.to, status: route.properties.status, date: route.properties.date },
    });
  });

  it("change an event's status and date: the timeline's fields and colour follow", () => {
    const event = eventsOf(analysis).find((e) => e.properties.status === 'planned') ?? eventsOf(analysis)[0]!;
    const date = { label: 'May 2026', start: '2026-05-01', end: '2026-05-31', precision: 'month' as const };
    const { collection } = run([
      { kind: 'set-status', target: storyRefOf(event), status: 'cancelled' },
      { kind: 'set-date', target: storyRefOf(event), date },
    ]);
    const e = eventsOf(collection).find((x) => x.id === event.id)!;
    expect(e.properties).toMatchObject({ status: 'cancelled', date, 'marker-color': STATUS_COLORS.cancelled });
    expect(e.properties.description).toContain('May 2026 · cancelled');
    expect(e.properties.edited!.fields).toEqual(['status', 'date']);
    expect((e.properties.edited!.original as OriginalStory).status).toBe(event.properties.status);
  });

  it('promote a possible journey: it moves from possibleJourneys onto the map; one already drawn is reported', () => {
    // The story reader lists doubtful journeys beside the features; make the fixture's trip one of them.
    const route = routeBetween(analysis, 'Helsinki', 'Moscow');
    const doubtful = { ...route, properties: { ...route.properties, certainty: 'possible' as const, doubt: 'the traveller is only inferred' } };
    const withPossible: AtlasCollection = {
      ...analysis,
      features: analysis.features.filter((f) => f.id !== route.id),
      possibleJourneys: [doubtful],
    };
    // Untouched, it stays listed and undrawn even when other edits apply.
    const other = run([{ kind: 'remove-place', place: placeRefOf(place(analysis, 'Paris')) }], withPossible).collection;
    expect(other.possibleJourneys).toEqual([doubtful]);
    expect(routesOf(other).map((r) => r.id)).not.toContain(route.id);

    const { collection, outcomes } = run(
      [
        { kind: 'promote-journey', journey: storyRefOf(doubtful) },
        { kind: 'promote-journey', journey: storyRefOf(doubtful) },
      ],
      withPossible,
    );
    expect(collection.possibleJourneys).toBeUndefined();
    const r = routesOf(collection).find((x) => x.id === route.id)!;
    expect(r.properties.certainty).toBeUndefined();
    expect(r.properties.doubt).toBeUndefined();
    expect(r.properties.edited!.fields).toEqual(['drawn']);
    expect(r.properties.distanceKm).toBe(route.properties.distanceKm);
    // The figure it explains now links it, as for a route the reader drew.
    expect(claimsOf(collection).find((c) => c.properties.name === 'about 890 km')!.properties.matches).toContain(route.id);
    expect(outcomes.map((o) => o.applied)).toEqual([true, false]);
    expect(outcomes[1]!.reason).toContain('already drawn');
  });

  it('keeps and reports an edit that no longer applies, and applies the ones after it', () => {
    const moscow = place(analysis, 'Moscow');
    const ghost = { id: 'place:atlantis', name: 'Atlantis', mention: { start: 5, end: 13, text: 'Atlantis' } };
    const { collection, outcomes } = run([
      { kind: 'remove-place', place: ghost },
      { kind: 'delete-route', route: { kind: 'route', id: 'route:nobody:a-b', name: 'Nobody: A → B' } },
      { kind: 'move-place', place: placeRefOf(moscow), lon: 37, lat: 55 },
    ]);
    expect(outcomes.map((o) => o.applied)).toEqual([false, false, true]);
    expect(outcomes[0]!.reason).toBe('“Atlantis” at offset 5 is not a place in this analysis');
    expect(outcomes[1]!.reason).toBe('the route Nobody: A → B is not in this analysis');
    expect(place(collection, 'Moscow').geometry.coordinates).toEqual([37, 55]);
    expect(collection.edits).toMatchObject({ applied: 1, notApplied: 2 });
  });

  it('reports malformed edits (from a damaged store) instead of throwing', () => {
    const bad = [
      null,
      { id: 'x1', at: '', kind: 'move-place' },
      { id: 'x2', at: '', kind: 'teleport' },
      { id: 'x3', at: '', kind: 'choose-place', place: placeRefOf(place(analysis, 'Paris')), choice: { type: 'custom', name: '', lon: 0, lat: 0 } },
    ] as unknown as Edit[];
    const { outcomes } = applyEdits(analysis, bad, deps);
    expect(outcomes.map((o) => o.applied)).toEqual([false, false, false, false]);
    expect(outcomes[2]!.reason).toContain('unknown edit kind “teleport”');
    expect(outcomes[3]!.reason).toContain('has no name');
  });

  it('a route found by its sentence and ends when a re-run named it anew', () => {
    const route = routeBetween(analysis, 'Helsinki', 'Moscow');
    const ref = { ...storyRefOf(route), id: 'route:someone-else:old-id' };
    const { collection, outcomes } = run([{ kind: 'delete-route', route: ref }]);
    expect(outcomes[0]!.applied).toBe(true);
    expect(routesOf(collection).map((r) => r.id)).not.toContain(route.id);
  });

  it('without the article text, keeps borders and claims but drops links to removed features', () => {
    const route = routeBetween(analysis, 'Helsinki', 'Moscow');
    const textless: AtlasCollection = { ...analysis, article: { ...analysis.article, text: '' } };
    const { collection } = run([{ kind: 'delete-route', route: storyRefOf(route) }], textless);
    expect(bordersOf(collection)).toEqual(bordersOf(analysis));
    for (const c of claimsOf(collection)) expect(c.properties.matches).not.toContain(route.id);
  });
});
