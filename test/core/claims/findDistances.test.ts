import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDistanceClaims } from '../../../src/core/claims/findDistances';

const one = (text: string) => {
  const found = findDistanceClaims(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('findDistanceClaims', () => {
  it.each([
    ['an 18km-long border', 18, 'km', 18, '18km-long', 'border'],
    ['5799km', 5799, 'km', 5799, '5799km', undefined],
    ['it is 5,799 km away', 5799, 'km', 5799, '5,799 km', undefined],
    ['about 1,200 kilometres east', 1200, 'km', 1200, 'about 1,200 kilometres', undefined],
    ['some 300 miles inland', 300, 'mi', 482.8032, 'some 300 miles', undefined],
    ['a 40 nautical miles limit', 40, 'nmi', 74.08, '40 nautical miles', undefined],
    ['a 12-kilometer-long tunnel', 12, 'km', 12, '12-kilometer-long', 'tunnel'],
    ['the 2.5 km bridge', 2.5, 'km', 2.5, '2.5 km', undefined],
    ['a 500-metre stretch', 500, 'm', 0.5, '500-metre', 'stretch'],
    ['a 4-kilometre section of a canal', 4, 'km', 4, '4-kilometre', 'canal section'],
    ['approximately 1/2 mile', 0.5, 'mi', 0.804672, 'approximately 1/2 mile', undefined],
    ['1 1/2 miles', 1.5, 'mi', 2.414016, '1 1/2 miles', undefined],
    ['½ mile', 0.5, 'mi', 0.804672, '½ mile', undefined],
    ['10–15 km', 10, 'km', 12.5, '10–15 km', undefined],
    ['a 6,400 km flight', 6400, 'km', 6400, '6,400 km', undefined],
  ])('finds %j', (text, value, unit, km, mention, subject) => {
    const c = one(text);
    expect(c.value).toBe(value);
    expect(c.unit).toBe(unit);
    expect(c.km).toBeCloseTo(km, 6);
    expect(c.mention.text).toBe(mention);
    expect(text.slice(c.mention.start, c.mention.end)).toBe(mention);
    expect(c.subject).toBe(subject);
  });

  it.each([
    'more than 10 billion US dollars',
    'an estimated 35,000 DPRK citizens work in Russia',
    'In 2017, Moscow offered to mediate',
    'Ri Yong Ho visits Moscow, April 10, 2018.',
    'trains run at 300 km/h and 120 kilometres per hour',
    'an area of 300 sq km, or 20 km²',
    'the A380 and the Tu-154M',
    'version 1.2.3 km',
    '',
  ])('finds nothing in %j', (text) => {
    expect(findDistanceClaims(text)).toEqual([]);
  });

  it('reads the qualifier, the precision of the figure and the sentence', () => {
    const text = 'Talks went well. The border is roughly 1,400 km long. Nothing else.';
    const c = one(text);
    expect(c.qualifier).toBe('approximate');
    expect(c.precisionKm).toBe(50);
    expect(c.subject).toBe('border');
    expect(c.mention.excerpt).toBe('The border is roughly 1,400 km long.');
    expect(one('more than 5 km').qualifier).toBe('at-least');
    expect(one('up to 5.25 km').precisionKm).toBeCloseTo(0.005, 9);
    expect(one('40 nautical miles').precisionKm).toBeCloseTo(0.5 * 10 * 1.852, 9);
  });

  it('finds several figures with exact UTF-16 spans after non-BMP text', () => {
    const text = '🇷🇺 Moscow is 5,799 km from Beijing; the 18km-long border lies 6400 km east.';
    const found = findDistanceClaims(text);
    expect(found.map((c) => c.mention.text)).toEqual(['5,799 km', '18km-long', '6400 km']);
    for (const c of found) expect(text.slice(c.mention.start, c.mention.end)).toBe(c.mention.text);
  });

  it('never throws and keeps its invariants on arbitrary text (property)', () => {
    const pieces = fc.constantFrom(' ', '1', '8', '0', ',', '.', '-', 'km', 'kilometres', 'miles', 'nautical', 'long', 'border', 'about', '²', '/h', '\n', 'é', '🙂');
    const textArb = fc.oneof(fc.string(), fc.array(pieces, { maxLength: 60 }).map((a) => a.join('')));
    fc.assert(
      fc.property(textArb, (text) => {
        const found = findDistanceClaims(text);
        let last = -1;
        for (const c of found) {
          expect(text.slice(c.mention.start, c.mention.end)).toBe(c.mention.text);
          expect(c.mention.start).toBeGreaterThan(last);
          last = c.mention.end - 1;
          expect(Number.isFinite(c.km) && c.km >= 0).toBe(true);
          expect(c.precisionKm).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('handles 1 MB inputs of digits, separators and units (a quadratic scan would not finish)', () => {
    const mb = 1 << 20;
    const inputs = [
      '1'.repeat(mb),
      '1,'.repeat(mb / 2),
      '1.'.repeat(mb / 2),
      '12 km '.repeat(mb / 6),
      '-long '.repeat(mb / 6),
      `${'9'.repeat(mb)} km, then 5 km`,
      'about '.repeat(mb / 6),
    ];
    const counts = inputs.map((t) => findDistanceClaims(t).length);
    expect(counts[0]).toBe(0);
    expect(counts[3]).toBe(Math.floor(mb / 6));
    // A million-digit number is no figure (not finite); the 5 km after it is.
    expect(counts[5]).toBe(1);
  });
});

describe('fractions, ranges and what a figure is framed as', () => {
  it('reads "1/2 mile" whole, never as "2 mile", and leaves "24/7" alone', () => {
    expect(findDistanceClaims('about 1/2 mile').map((c) => c.mention.text)).toEqual(['about 1/2 mile']);
    expect(findDistanceClaims('open 24/7 km signs')).toEqual([]);
  });
  it('a range is checked as its middle, give or take half its width', () => {
    const [c] = findDistanceClaims('a 10 to 15 km walk');
    expect(c).toMatchObject({ value: 10, range: [10, 15], km: 12.5 });
    expect(c!.precisionKm).toBeGreaterThanOrEqual(2.5);
  });
  it('knows when the text frames a figure as a distance between places', () => {
    expect(findDistanceClaims('It lies 40 km north of Paris.')[0]?.between).toBe(true);
    expect(findDistanceClaims('The town is 12 miles from Leeds.')[0]?.between).toBe(true);
    expect(findDistanceClaims('The trail runs 3 km along the shore.')[0]?.between).toBe(false);
  });
});

