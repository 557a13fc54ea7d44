import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tooltipDirection } from '../../../src/app/lib/tooltipPlacement';

describe('tooltipDirection (phone-wide maps)', () => {
  const map = { width: 390, height: 440 };

  it('opens away from the nearer side edge, and above or below in the middle third', () => {
    expect(tooltipDirection({ x: 40, y: 100 }, map)).toBe('right');
    expect(tooltipDirection({ x: 350, y: 100 }, map)).toBe('left');
    expect(tooltipDirection({ x: 195, y: 100 }, map)).toBe('bottom');
    expect(tooltipDirection({ x: 195, y: 400 }, map)).toBe('top');
  });

  it('a tooltip up to 60 % of the map width always fits across the map', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 800 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.1, max: 0.6, noNaN: true }),
        (width, fx, fy, share) => {
          const x = fx * width;
          const w = share * width;
          const direction = tooltipDirection({ x, y: fy * 440 }, { width, height: 440 });
          const [left, right] = direction === 'right' ? [x, x + w] : direction === 'left' ? [x - w, x] : [x - w / 2, x + w / 2];
          expect(left).toBeGreaterThanOrEqual(0);
          expect(right).toBeLessThanOrEqual(width);
        },
      ),
    );
  });
});
