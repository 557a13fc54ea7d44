import { describe, expect, it } from 'vitest';
import { arcMiddle, drawableArc, labelSpots, screenAngle } from '../../../src/app/lib/arc';
import { continuousArc, lineParts, unwrapLongitudes } from '../../../src/app/lib/unwrap';

describe('unwrapLongitudes', () => {
  it('shifts points across the date line so no step exceeds 180°', () => {
    expect(unwrapLongitudes([[179, 0], [-179, 1], [-170, 2]])).toEqual([[179, 0], [181, 1], [190, 2]]);
    expect(unwrapLongitudes([[-179, 0], [179, 1]])).toEqual([[-179, 0], [-181, 1]]);
  });
  it('joins a MultiLineString split at ±180 into one continuous line', () => {
    expect(continuousArc({ type: 'MultiLineString', coordinates: [[[170, 0], [180, 1]], [[-180, 1], [-170, 2]]] })).toEqual([[170, 0], [180, 1], [190, 2]]);
  });
  it('unwraps each border part separately', () => {
    expect(lineParts({ type: 'MultiLineString', coordinates: [[[179, 0], [-179, 0]], [[10, 0], [11, 0]]] })).toEqual([[[179, 0], [181, 0]], [[10, 0], [11, 0]]]);
  });
});

describe('drawableArc', () => {
  it('draws Tokyo → Los Angeles over the Pacific, not across the whole map', () => {
    const arc = drawableArc([139.6917, 35.6895], [-118.2437, 34.0522]);
    const lons = arc.map((p) => p[0] as number);
    expect(lons[0]).toBeCloseTo(139.6917, 6);
    expect(lons.at(-1)).toBeCloseTo(-118.2437 + 360, 6);
    for (let i = 1; i < lons.length; i++) expect(Math.abs(lons[i]! - lons[i - 1]!)).toBeLessThan(10);
    // A great circle from Tokyo to LA bulges north of both ends.
    expect(Math.max(...arc.map((p) => p[1] as number))).toBeGreaterThan(45);
  });
  it('draws Moscow → Beijing without shifting longitudes', () => {
    const arc = drawableArc([37.61556, 55.75222], [116.39723, 39.9075]);
    expect(arc.every((p) => (p[0] as number) >= 37 && (p[0] as number) <= 117)).toBe(true);
  });
});

describe('screenAngle', () => {
  it('points east at 0°, north at -90°, south at 90°', () => {
    expect(screenAngle([0, 0], [10, 0])).toBeCloseTo(0);
    expect(screenAngle([0, 0], [0, 10])).toBeCloseTo(-90);
    expect(screenAngle([0, 10], [0, 0])).toBeCloseTo(90);
  });
});

describe('route labels', () => {
  it('spreads routes between the same two places along the arc, one route stays in the middle', () => {
    const spots = labelSpots([
      { id: 'a', from: 'x', to: 'y' },
      { id: 'b', from: 'y', to: 'x' },
      { id: 'c', from: 'x', to: 'z' },
    ]);
    expect(spots.get('c')).toBe(0.5);
    expect(spots.get('a')).not.toBe(spots.get('b'));
    expect(arcMiddle([[0, 0], [1, 0], [2, 0], [3, 0], [4, 0]], 0.25).position).toEqual([1, 0]);
  });
});
