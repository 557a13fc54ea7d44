import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatKm, formatNumber } from '../../../src/app/lib/format';
import { formatDay } from '../../../src/app/lib/timelineModel';

describe('formatNumber', () => {
  it('groups thousands and fixes the decimals', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1000)).toBe('1,000');
    expect(formatNumber(5799.61, 1)).toBe('5,799.6');
    expect(formatNumber(1234567.891, 2)).toBe('1,234,567.89');
    expect(formatNumber(-17749.4)).toBe('-17,749');
    expect(formatNumber(-0.04, 1)).toBe('0.0');
    expect(formatNumber(Number.NaN)).toBe('NaN');
    expect(formatKm(5793.03)).toBe('5,793 km');
  });

  it('matches Intl.NumberFormat en-US (property)', () => {
    const reference = [0, 1, 2].map((d) => new Intl.NumberFormat('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }));
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(0, 1, 2), (whole, cents, decimals) => {
        // Values with two decimals, so both sides round the same decimal digits (no binary tie cases).
        const value = whole + (whole < 0 ? -cents : cents) / 100;
        if (decimals < 2 && cents % 10 === 5) return; // a tie: toFixed and ICU may round it differently
        expect(formatNumber(value, decimals).replace(/^-(0(\.0+)?)$/, '$1')).toBe(reference[decimals]!.format(value).replace(/^-(0(\.0+)?)$/, '$1'));
      }),
    );
  });
});

describe('formatDay', () => {
  it('writes a day, a short month and the year', () => {
    expect(formatDay('2018-04-10')).toBe('10 Apr 2018');
    expect(formatDay('2018-12-01')).toBe('1 Dec 2018');
    expect(formatDay('not a date')).toBe('not a date');
  });
});
