import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/edits/apply';
import { enrichCandidates, searchContextOf } from '../../../src/core/edits/candidates';
import { choiceFromCandidate, createEdit, placeRefOf } from '../../../src/core/edits/refs';
import { distanceModels } from '../../../src/core/geo/distance';
import { analyzeFixture, at, place, resources } from './support';

const analysis = analyzeFixture();

describe('"Not this place?" candidates', () => {
  it('adds division, country and the distance from the nearest of the other places (not from country centroids)', () => {
    const paris = place(analysis, 'Paris');
    const views = enrichCandidates(paris, analysis, resources.gazetteer);
    expect(views.map((v) => v.gazetteer)).toEqual(paris.properties.candidates.map((c) => c.gazetteer));
    const ctx = searchContextOf(analysis, paris.id);
    // Helsinki, Moscow and Beijing are spots; Finland and Russia are areas and are left out.
    expect(ctx.places).toHaveLength(3);
    expect(ctx.countries).toEqual(['CN', 'FI', 'RU']);
    for (const v of views) {
      const nearest = Math.min(...ctx.places!.map((p) => distanceModels([v.lon, v.lat], [p.lon, p.lat]).turfKm));
      expect(v.distanceKm).toBe(Math.round(nearest));
      expect(v.countryName).toEqual(expect.any(String));
    }
    const us = views.find((v) => v.countryCode === 'US');
    if (us) {
      expect(us.countryName).toBe('United States');
      expect(us.admin1Name).toEqual(expect.any(String));
    }
  });

  it('works without a gazetteer (on the main thread): distances only', () => {
    const views = enrichCandidates(place(analysis, 'Paris'), analysis);
    expect(views.every((v) => v.distanceKm !== undefined && v.countryName === undefined)).toBe(true);
  });

  it("after a person's choice, offers the machine's choice back first and leaves out the current one", () => {
    const paris = place(analysis, 'Paris');
    const chosen = paris.properties.candidates[0]!;
    const edit = createEdit({ kind: 'choose-place', place: placeRefOf(paris), choice: choiceFromCandidate(chosen) }, [], at(0));
    const edited = applyEdits(analysis, [edit], { borders: resources.borders }).collection;
    const views = enrichCandidates(place(edited, chosen.name), edited, resources.gazetteer);
    expect(views[0]).toMatchObject({ name: 'Paris', gazetteer: paris.properties.gazetteer, machineChoice: true });
    expect(views.some((v) => v.gazetteer.id === chosen.gazetteer.id)).toBe(false);
  });
});
