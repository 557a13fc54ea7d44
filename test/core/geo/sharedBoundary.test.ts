import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cutToLand, LandMask } from '../../../src/core/geo/landMask';
import { chainLines, sharedBoundaryLines } from '../../../src/core/geo/sharedBoundary';

const square = (x: number, y: number, s = 1): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + s, y],
      [x + s, y + s],
      [x, y + s],
      [x, y],
    ],
  ],
});

describe('sharedBoundaryLines', () => {
  it('finds the common edge of two neighbouring squares', () => {
    expect(sharedBoundaryLines(square(0, 0), square(1, 0))).toEqual([
      [
        [1, 0],
        [1, 1],
      ],
    ]);
  });

  it('returns nothing for polygons that only touch at a corner or not at all', () => {
    expect(sharedBoundaryLines(square(0, 0), square(1, 1))).toEqual([]);
    expect(sharedBoundaryLines(square(0, 0), square(5, 5))).toEqual([]);
  });

  it('keeps a run whole when it crosses the ring seam and ignores direction', () => {
    // A: an L-shaped ring that starts in the middle of its shared side with B.
    const a: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 1],
          [0, 0],
          [2, 0],
          [2, 3],
          [0, 3],
          [0, 2],
          [0, 1],
        ],
      ],
    };
    // B shares the whole left side x = 0, y 0..3, wound the other way.
    const b: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [0, 1],
          [0, 2],
          [0, 3],
          [-1, 3],
          [-1, 0],
          [0, 0],
        ],
      ],
    };
    expect(sharedBoundaryLines(a, b)).toEqual([
      [
        [0, 3],
        [0, 2],
        [0, 1],
        [0, 0],
      ],
    ]);
  });

  it('with a tolerance, also counts edges a differently simplified neighbour lacks (vertex 5 m off)', () => {
    // A has an extra vertex at (1.00005, 0.5), ≈5.6 m east of B's straight edge x = 1.
    const a: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1.00005, 0.5],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    expect(sharedBoundaryLines(a, square(1, 0))).toEqual([]);
    expect(sharedBoundaryLines(a, square(1, 0), { toleranceKm: 0.02 })).toEqual([
      [
        [1, 0],
        [1.00005, 0.5],
        [1, 1],
      ],
    ]);
    // 0.005° ≈ 560 m off is a different line, not a simplification.
    const far: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1.005, 0.5],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    expect(sharedBoundaryLines(far, square(1, 0), { toleranceKm: 0.1 })).toEqual([]);
  });

  it('chains lines that meet end to end', () => {
    expect(
      chainLines([
        [
          [0, 0],
          [1, 0],
        ],
        [
          [2, 0],
          [1, 0],
        ],
        [
          [5, 5],
          [6, 6],
        ],
      ]),
    ).toEqual([
      [
        [0, 0],
        [1, 0],
        [2, 0],
      ],
      [
        [5, 5],
        [6, 6],
      ],
    ]);
  });
});

describe('LandMask and cutToLand', () => {
  const island = new LandMask(square(10, 10, 2).coordinates);

  it('tells land from sea and measures the coastal band', () => {
    expect(island.contains([11, 11])).toBe(true);
    expect(island.contains([13, 11])).toBe(false);
    expect(island.contains([9, 11])).toBe(false);
    // 0.005° east of the coast at lat 11 ≈ 0.55 km; 0.05° ≈ 5.5 km.
    expect(island.isNearCoast([12.005, 11], 1)).toBe(true);
    expect(island.isNearCoast([12.05, 11], 1)).toBe(false);
    expect(island.isLand([12.005, 11], 1)).toBe(true);
  });

  it('regression: a ring closed along −180 with vertices at +179.9 (Natural Earth Eurasia) is read as meant', () => {
    // Eurasia-like ring: from Europe east to 179.9, closed by a meridian edge written at −180.
    const ring = [
      [-180, 60],
      [179.9, 59.9],
      [20, 59],
      [20, 70],
      [179.9, 70.1],
      [-180, 70],
      [-180, 60],
    ];
    const mask = new LandMask([ring]);
    expect(mask.contains([29.5, 68])).toBe(true);
    expect(mask.contains([29.5, 75])).toBe(false);
    expect(mask.contains([-170, 65])).toBe(false);
  });

  it('cuts lines to their land vertices without inventing any', () => {
    const line = [
      [0, 0],
      [1, 0],
      [2, 0],
      [9, 0],
      [3, 1],
      [4, 1],
    ];
    expect(cutToLand([line], (p) => (p[0] as number) < 5)).toEqual([
      [
        [0, 0],
        [1, 0],
        [2, 0],
      ],
      [
        [3, 1],
        [4, 1],
      ],
    ]);
    expect(cutToLand([line], () => false)).toEqual([]);
  });
});
