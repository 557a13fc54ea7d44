import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/edits/apply';
import { createHistory, pushEdit, redo, resetToAutomatic, undo } from '../../../src/core/edits/history';
import { createEdit, type EditDraft } from '../../../src/core/edits/refs';
import type { Edit } from '../../../src/core/edits/types';
import type { AtlasCollection, AtlasFeature, RouteFeature } from '../../../src/core/geojson/types';
import { editDraftArb } from './arbitraries';
import { analyzeFixture, at, resources } from './support';

const analysis = analyzeFixture();
const deps = { borders: resources.borders };
const drafts = fc.array(editDraftArb(analysis), { minLength: 1, maxLength: 12 });

function withIds(list: EditDraft[]): Edit[] {
  const edits: Edit[] = [];
  list.forEach((d, i) => {
    edits.push(createEdit(d, edits, at(i)));
  });
  return edits;
}

/** What a map shows, independent of feature order. */
function byId(c: AtlasCollection): Map<string, AtlasFeature> {
  return new Map(c.features.map((f) => [f.id, f]));
}

/** What must hold of any edited map: mentions are the article's words, routes join places on the map. */
function checkWellFormed(c: AtlasCollection): void {
  const text = c.article.text ?? '';
  const ids = c.features.map((f) => f.id);
  expect(new Set(ids).size).toBe(ids.length);
  const places = new Set(c.features.filter((f) => f.properties.kind === 'place').map((f) => f.id));
  for (const f of c.features) {
    for (const m of f.properties.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    if (f.properties.kind === 'route') {
      expect(places.has(f.properties.from)).toBe(true);
      expect(places.has(f.properties.to)).toBe(true);
      expect(f.properties.from).not.toBe(f.properties.to);
      expect(Number.isFinite(f.properties.distanceKm)).toBe(true);
    }
    if (f.properties.kind === 'place') {
      const [lon, lat] = f.geometry!.coordinates as [number, number];
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
    }
  }
  // No two place features claim the same words.
  const starts = c.features.filter((f) => f.properties.kind === 'place').flatMap((f) => f.properties.mentions.map((m) => m.start));
  expect(new Set(starts).size).toBe(starts.length);
}

describe('edits: properties', () => {
  it('a random sequence of edits followed by as many undos gives back the automatic result, and each undo the map before', () => {
    fc.assert(
      fc.property(drafts, (list) => {
        const edits = withIds(list);
        let h = createHistory();
        for (const e of edits) h = pushEdit(h, e);
        for (let k = edits.length - 1; k >= 0; k--) {
          h = undo(h);
          expect(h.present).toEqual(edits.slice(0, k));
          if (k === Math.floor(edits.length / 2)) {
            expect(applyEdits(analysis, h.present, deps).collection).toEqual(applyEdits(analysis, edits.slice(0, k), deps).collection);
          }
        }
        const automatic = applyEdits(analysis, h.present, deps).collection;
        expect(automatic).toBe(analysis);
        // And redo brings every edit back.
        for (const _ of edits) h = redo(h);
        expect(h.present).toEqual(edits);
      }),
      { numRuns: 40 },
    );
  });

  it('back to the automatic result is one undoable step', () => {
    fc.assert(
      fc.property(drafts, (list) => {
        const edits = withIds(list);
        let h = createHistory();
        for (const e of edits) h = pushEdit(h, e);
        h = resetToAutomatic(h);
        expect(applyEdits(analysis, h.present, deps).collection).toBe(analysis);
        expect(undo(h).present).toEqual(edits);
      }),
      { numRuns: 20 },
    );
  });

  it('applying the same edits to a re-run analysis (new objects, features in another order) gives the same map', () => {
    fc.assert(
      fc.property(drafts, fc.integer({ min: 0, max: 1000 }), (list, seed) => {
        const edits = withIds(list);
        const first = applyEdits(analysis, edits, deps);
        const rerun = analyzeFixture();
        expect(applyEdits(rerun, edits, deps)).toEqual(first);
        // Another order of the story's features (a reader may list them differently) changes nothing but order.
        const story = rerun.features.filter((f) => f.properties.kind === 'route' || f.properties.kind === 'event');
        const rotated = story.map((_, i) => story[(i + seed) % story.length]!);
        const rest = rerun.features.filter((f) => f.properties.kind !== 'route' && f.properties.kind !== 'event');
        const shuffled = applyEdits({ ...rerun, features: [...rest, ...rotated] }, edits, deps);
        expect(byId(shuffled.collection)).toEqual(byId(first.collection));
        expect(shuffled.outcomes).toEqual(first.outcomes);
      }),
      { numRuns: 25 },
    );
  });

  it('never throws, reports every edit, and leaves a well-formed map', () => {
    fc.assert(
      fc.property(drafts, (list) => {
        const edits = withIds(list);
        const { collection, outcomes } = applyEdits(analysis, edits, deps);
        expect(outcomes.map((o) => o.editId)).toEqual(edits.map((e) => e.id));
        for (const o of outcomes) if (!o.applied) expect(o.reason).toMatch(/\S/);
        expect(collection.edits).toMatchObject({ applied: outcomes.filter((o) => o.applied).length });
        checkWellFormed(collection);
        // Every feature the edits touched says so; every other is the machine's own object.
        const machine = new Set(analysis.features);
        for (const f of collection.features) {
          if (f.properties.kind === 'border' || f.properties.kind === 'claim') continue;
          if (!machine.has(f) && f.properties.kind === 'place') expect(f.properties.edited?.by).toBe('person');
        }
      }),
      { numRuns: 60 },
    );
  });

  it('with doubtful journeys listed: promoted ones are drawn once, the rest stay listed, nothing is lost', () => {
    const routes = analysis.features.filter((f): f is RouteFeature => f.properties.kind === 'route');
    const doubted = new Set(routes.slice(0, 1).map((r) => r.id));
    const base: AtlasCollection = {
      ...analysis,
      features: analysis.features.filter((f) => !doubted.has(f.id)),
      possibleJourneys: routes
        .filter((r) => doubted.has(r.id))
        .map((r) => ({ ...r, properties: { ...r.properties, certainty: 'possible', doubt: 'only inferred' } }) as typeof r),
    };
    fc.assert(
      fc.property(fc.array(editDraftArb(base), { minLength: 1, maxLength: 10 }), (list) => {
        const edits = withIds(list);
        const { collection, outcomes } = applyEdits(base, edits, deps);
        checkWellFormed(collection);
        for (const id of doubted) {
          const promoted = edits.some((e, i) => e.kind === 'promote-journey' && e.journey.id === id && outcomes[i]!.applied);
          const drawn = collection.features.some((f) => f.id === id);
          const listed = (collection.possibleJourneys ?? []).some((f) => f.id === id);
          const removed = collection.edits!.removed.some((r) => r.id === id);
          expect([drawn, listed, removed].filter(Boolean)).toHaveLength(1);
          if (listed) expect(collection.possibleJourneys!.find((f) => f.id === id)!.properties.certainty).toBe('possible');
          if (drawn) expect(collection.features.find((f) => f.id === id)!.properties).not.toHaveProperty('certainty');
          expect(listed).toBe(!promoted && !removed);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('edits about a place a re-run no longer finds are kept and reported, never dropped', () => {
    fc.assert(
      fc.property(drafts, fc.integer({ min: 0, max: 50 }), (list, pick) => {
        const places = analysis.features.filter((f) => f.properties.kind === 'place' && f.properties.mentions.length > 0);
        const lost = places[pick % places.length]!;
        // A newer reader that does not see this place at all.
        const rerun: AtlasCollection = { ...analysis, features: analysis.features.filter((f) => f !== lost) };
        const edits = withIds(list);
        const { outcomes } = applyEdits(rerun, edits, deps);
        expect(outcomes).toHaveLength(edits.length);
        const lostStarts = new Set(lost.properties.mentions.map((m) => m.start));
        edits.forEach((e, i) => {
          const first = edits.slice(0, i).every((x) => x.kind !== 'add-place' && x.kind !== 'choose-mention');
          const aboutLost =
            ((e.kind === 'remove-place' || e.kind === 'move-place' || e.kind === 'choose-place') && e.place.id === lost.id) ||
            (e.kind === 'remove-mention' && lostStarts.has(e.mention.start));
          // (Unless an earlier edit put a place on those very words again.)
          if (aboutLost && first) {
            expect(outcomes[i]!.applied).toBe(false);
            expect(outcomes[i]!.reason).toContain('not a place in this analysis');
          }
        });
      }),
      { numRuns: 40 },
    );
  });
});
