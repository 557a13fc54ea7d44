import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crowdedLabels, type LabelBox } from '../../../src/app/lib/declutter';

const box = (left: number, top: number, width: number, height: number, priority = 0): LabelBox => ({ left, top, right: left + width, bottom: top + height, priority });

describe('crowdedLabels', () => {
  it('keeps labels that do not touch', () => {
    expect(crowdedLabels([box(0, 0, 50, 12), box(60, 0, 50, 12), box(0, 20, 50, 12)])).toEqual(new Set());
  });

  it('hides the later of two overlapping labels of equal priority', () => {
    expect(crowdedLabels([box(0, 0, 50, 12), box(30, 5, 50, 12)])).toEqual(new Set([1]));
  });

  it('lets the higher priority win whatever the order', () => {
    expect(crowdedLabels([box(0, 0, 50, 12), box(30, 5, 50, 12, 2)])).toEqual(new Set([0]));
  });

  it('counts labels closer than the gap as overlapping', () => {
    expect(crowdedLabels([box(0, 0, 50, 12), box(51, 0, 50, 12)])).toEqual(new Set([1]));
    expect(crowdedLabels([box(0, 0, 50, 12), box(51, 0, 50, 12)], 0)).toEqual(new Set());
  });

  it('does not let a hidden label hide another (a chain keeps every other label)', () => {
    // 0 overlaps 1, 1 overlaps 2, 0 and 2 apart: 1 goes, 2 stays.
    expect(crowdedLabels([box(0, 0, 50, 12), box(40, 0, 50, 12), box(80, 0, 50, 12)])).toEqual(new Set([1]));
  });

  it('hides any label over an obstacle (a marker), even the top priority, and never an obstacle', () => {
    // Two markers 1 px apart corner to corner (a crowd's count beside its leader) both stay obstacles.
    const markers = [box(300, 318, 16, 16), box(317, 295, 22, 22)];
    expect(crowdedLabels([box(328, 296, 37, 16, 2), box(400, 296, 37, 16)], 2, markers)).toEqual(new Set([0]));
  });

  it('ignores empty boxes (labels not laid out)', () => {
    expect(crowdedLabels([box(0, 0, 0, 0), box(0, 0, 50, 12)])).toEqual(new Set());
  });

  it('leaves no two shown labels overlapping, and hides only labels that overlap a shown one (property)', () => {
    const arb = fc.array(
      fc.record({ left: fc.integer({ min: 0, max: 300 }), top: fc.integer({ min: 0, max: 300 }), w: fc.integer({ min: 1, max: 80 }), h: fc.integer({ min: 1, max: 20 }), p: fc.integer({ min: 0, max: 2 }) }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, (raw) => {
        const boxes = raw.map((r) => box(r.left, r.top, r.w, r.h, r.p));
        const hidden = crowdedLabels(boxes, 0);
        const shown = boxes.filter((_, i) => !hidden.has(i));
        const overlap = (a: LabelBox, b: LabelBox) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        for (let i = 0; i < shown.length; i++) for (let j = i + 1; j < shown.length; j++) expect(overlap(shown[i]!, shown[j]!)).toBe(false);
        for (const i of hidden) expect(shown.some((s) => overlap(s, boxes[i]!))).toBe(true);
      }),
    );
  });
});
