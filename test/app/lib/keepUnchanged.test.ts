import { describe, expect, it } from 'vitest';
import { keepUnchanged, sameItems } from '../../../src/app/lib/keepUnchanged';
import { applyEdits } from '../../../src/core/edits/apply';
import { createEdit, placeRefOf, storyRefOf } from '../../../src/core/edits/refs';
import type { Edit } from '../../../src/core/edits/types';
import type { PlaceFeature, RouteFeature } from '../../../src/core/geojson/types';
import { loadFixture } from '../helpers';

const analysis = loadFixture('seed-fixture.geojson');
const routes = analysis.features.filter((f): f is RouteFeature => f.properties.kind === 'route');
const places = analysis.features.filter((f): f is PlaceFeature => f.properties.kind === 'place');

describe('keepUnchanged', () => {
  it('gives back the earlier object of every feature an edit did not change, and the new one of each it did', () => {
    const first: Edit[] = [createEdit({ kind: 'reverse-route', route: storyRefOf(routes[0]!) })];
    const before = applyEdits(analysis, first).collection;
    const moved = places[0]!;
    const second = [...first, createEdit({ kind: 'move-place', place: placeRefOf(moved), lon: 10.5, lat: 20.25 }, first)];
    const raw = applyEdits(analysis, second).collection;
    const shared = keepUnchanged(before, raw);
    // The re-derivation rebuilt features nothing changed (the figures, the borders): they are the earlier objects now.
    const rebuilt = raw.features.filter((f) => before.features.some((b) => b.id === f.id && b !== f && JSON.stringify(b) === JSON.stringify(f)));
    expect(rebuilt.length).toBeGreaterThan(0);
    for (const f of rebuilt) expect(shared.features.find((s) => s.id === f.id)).toBe(before.features.find((b) => b.id === f.id));
    // The moved place is the new object, with its new position.
    const after = shared.features.find((f) => f.id === moved.id) as PlaceFeature;
    expect(after).not.toBe(before.features.find((f) => f.id === moved.id));
    expect(after.geometry.coordinates).toEqual([10.5, 20.25]);
    expect(shared.features.map((f) => f.id)).toEqual(raw.features.map((f) => f.id));
    expect(JSON.parse(JSON.stringify(shared))).toEqual(JSON.parse(JSON.stringify(raw)));
  });

  it('keeps the feature list itself when nothing changed, and passes a first version through', () => {
    const edits = [createEdit({ kind: 'reverse-route', route: storyRefOf(routes[0]!) })];
    const a = applyEdits(analysis, edits).collection;
    const b = applyEdits(analysis, edits).collection;
    expect(b.features).not.toBe(a.features);
    expect(keepUnchanged(a, b).features).toBe(a.features);
    expect(keepUnchanged(null, b)).toBe(b);
  });
});

describe('sameItems', () => {
  it('keeps the earlier list when its items are the same objects in the same order', () => {
    const x = { id: 1 };
    const y = { id: 2 };
    const list = [x, y];
    expect(sameItems(list, [x, y])).toBe(list);
    expect(sameItems(list, [y, x])).not.toBe(list);
    expect(sameItems(list, [x, { id: 2 }])).not.toBe(list);
    expect(sameItems(null, list)).toBe(list);
  });
});
