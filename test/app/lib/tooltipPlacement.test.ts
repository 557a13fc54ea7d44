import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shiftIntoMap, TOOLTIP_EDGE_MARGIN, tooltipDirection } from '../../../src/app/lib/tooltipPlacement';

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

describe('shiftIntoMap', () => {
  const map = { left: 0, right: 390 };

  it('moves a tooltip that sticks out back inside, and leaves one that fits', () => {
    expect(shiftIntoMap({ left: 170, right: 417 }, map)).toBe(390 - TOOLTIP_EDGE_MARGIN - 417);
    expect(shiftIntoMap({ left: -20, right: 200 }, map)).toBe(20 + TOOLTIP_EDGE_MARGIN);
    expect(shiftIntoMap({ left: 100, right: 300 }, map)).toBe(0);
  });

  it('any tooltip narrower than the map ends up inside it', () => {
    fc.assert(
      fc.property(fc.double({ min: -500, max: 800, noNaN: true }), fc.double({ min: 10, max: 380, noNaN: true }), (left, width) => {
        const dx = shiftIntoMap({ left, right: left + width }, map);
        expect(left + dx).toBeGreaterThanOrEqual(map.left + TOOLTIP_EDGE_MARGIN - 1e-9);
        expect(left + width + dx).toBeLessThanOrEqual(map.right - TOOLTIP_EDGE_MARGIN + 1e-9);
      }),
    );
  });
});
