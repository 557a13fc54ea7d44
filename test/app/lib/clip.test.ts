import { describe, expect, it } from 'vitest';
import { clipHalfPlane } from '../../../src/app/lib/clip';

describe('clipHalfPlane', () => {
  const square = [0, 0, 4, 0, 4, 4, 0, 4];

  it('keeps the side asked for, on either axis, with the cut on the line', () => {
    expect(clipHalfPlane(square, 0, 2, false)).toEqual([0, 0, 2, 0, 2, 4, 0, 4]);
    expect(clipHalfPlane(square, 0, 2, true)).toEqual([2, 0, 4, 0, 4, 4, 2, 4]);
    expect(clipHalfPlane(square, 1, 1, true)).toEqual([0, 1, 4, 1, 4, 4, 0, 4]);
  });

  it('returns the whole ring or nothing when the line misses it', () => {
    expect(clipHalfPlane(square, 0, 10, false)).toEqual(square);
    expect(clipHalfPlane(square, 0, 10, true)).toEqual([]);
    expect(clipHalfPlane([], 0, 0, true)).toEqual([]);
  });
});
