/** The score guard's comparison, on made-up figures (the real ones need ../shared/eval/, which CI may lack). */
import { describe, expect, it } from 'vitest';
import { compareFigures, type Figures, TOLERANCE } from '../../scripts/eval-guard';

const recorded: Figures = {
  trnews: { exactF1: 0.86, acc161: 0.9, sameGeoNamesId: 0.8 },
  lgl: { exactF1: 0.8, acc161: 0.84, sameGeoNamesId: 0.7 },
  journeys: { f1: 0.5 },
};
const failed = (measured: Figures) => compareFigures(recorded, measured).filter((c) => !c.ok).map((c) => c.figure);
const copy = (): Figures => structuredClone(recorded);

describe('eval guard', () => {
  it('passes the same figures, and better ones', () => {
    expect(failed(copy())).toEqual([]);
    const better = copy();
    better.lgl.acc161 = 0.95;
    better.journeys.f1 = 0.9;
    expect(failed(better)).toEqual([]);
  });

  it('lets a toponym figure fall by its tolerance, not more', () => {
    const within = copy();
    within.trnews.exactF1 = 0.86 - TOLERANCE.toponyms;
    expect(failed(within)).toEqual([]);
    const beyond = copy();
    beyond.trnews.exactF1 = 0.86 - TOLERANCE.toponyms - 0.001;
    beyond.lgl.sameGeoNamesId = 0.68;
    expect(failed(beyond)).toEqual(['trnews.exactF1', 'lgl.sameGeoNamesId']);
  });

  it('gives the journeys F1 its own, wider tolerance', () => {
    const within = copy();
    within.journeys.f1 = 0.485;
    expect(failed(within)).toEqual([]);
    const beyond = copy();
    beyond.journeys.f1 = 0.475;
    expect(failed(beyond)).toEqual(['journeys.f1']);
  });

  it('fails a figure that could not be measured, and skips one never recorded', () => {
    const broken = copy();
    broken.lgl.acc161 = Number.NaN;
    expect(failed(broken)).toEqual(['lgl.acc161']);
    const checks = compareFigures({ trnews: { exactF1: 0.5 } }, copy());
    expect(checks.map((c) => c.figure)).toEqual(['trnews.exactF1']);
  });
});
