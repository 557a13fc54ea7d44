import { describe, expect, it } from 'vitest';
import { compareStoryDates, findDates } from '../../../src/core/story';

const PUB = '2018-04-10'; // a Tuesday

/** `null` = no publication date (undefined would take the default). */
function one(text: string, published: string | null = PUB) {
  const ds = findDates(text, 0, published ?? undefined);
  expect(ds).toHaveLength(1);
  const d = ds[0] as (typeof ds)[number];
  expect(text.slice(d.start, d.end)).toBe(d.text);
  return d.date;
}

describe('findDates', () => {
  it.each([
    ['He went there last month.', { label: 'last month', precision: 'month', start: '2018-03-01', end: '2018-03-31' }],
    ['She travelled last week.', { label: 'last week', precision: 'part-of-month', start: '2018-04-02', end: '2018-04-08' }],
    ['a visit in early April', { label: 'early April', precision: 'part-of-month', start: '2018-04-01', end: '2018-04-10' }],
    ['At the end of April, they meet', { label: 'the end of April', start: '2018-04-21', end: '2018-04-30' }],
    ['in mid-June 2019', { label: 'mid-June 2019', start: '2019-06-11', end: '2019-06-20' }],
    ['Moscow, April 10, 2018.', { label: 'April 10, 2018', precision: 'day', start: '2018-04-10', end: '2018-04-10' }],
    ['on 3 March 2016', { precision: 'day', start: '2016-03-03' }],
    ['In 2017, Moscow offered', { label: '2017', precision: 'year', start: '2017-01-01', end: '2017-12-31' }],
    ['in February 2019', { precision: 'month', start: '2019-02-01', end: '2019-02-28' }],
    ['yesterday', { precision: 'day', start: '2018-04-09' }],
    ['two weeks ago', { start: '2018-03-26', end: '2018-04-01' }],
    ['next month', { start: '2018-05-01', end: '2018-05-31' }],
    ['this year', { precision: 'year', start: '2018-01-01', end: '2018-12-31' }],
    ['on Monday', { precision: 'day', start: '2018-04-09' }],
    ['at the end of the week', { start: '2018-04-13', end: '2018-04-15' }],
  ])('%s', (text, want) => {
    expect(one(text)).toMatchObject(want);
  });

  it('"as early as May" is open-ended: a start, no end', () => {
    const d = one('it could take place as early as May');
    expect(d).toMatchObject({ label: 'as early as May', precision: 'month', start: '2018-05-01', qualifier: 'earliest' });
    expect(d.end).toBeUndefined();
  });

  it('"by the end of May" bounds from above', () => {
    const d = one('By the end of May they will decide');
    expect(d).toMatchObject({ qualifier: 'latest', end: '2018-05-31' });
    expect(d.start).toBeUndefined();
  });

  it('marks dates inside a since-clause', () => {
    const ds = findDates('his first trip since he took power in 2011', 0, PUB);
    expect(ds[0]?.since).toBe(true);
  });

  it('does not read the modal "may", bare numbers or amounts as dates', () => {
    expect(findDates('Officials may meet; 35,000 workers and 10 billion dollars', 0, PUB)).toEqual([]);
  });

  it('without a publication date, relative dates keep their words and get no calendar dates', () => {
    expect(one('last week', null)).toEqual({ label: 'last week', precision: 'unknown' });
    expect(one('April 10, 2018', null)).toMatchObject({ start: '2018-04-10' });
    expect(findDates('last week', 0, 'not a date')[0]?.date.precision).toBe('unknown');
  });

  it('offsets are shifted by the base', () => {
    const [d] = findDates('in 2017', 100, PUB);
    expect(d?.start).toBe(103);
  });

  it('compareStoryDates orders by start and puts undated last', () => {
    const a = { label: 'a', precision: 'day' as const, start: '2018-03-01' };
    const b = { label: 'b', precision: 'day' as const, start: '2018-04-01' };
    const u = { label: '', precision: 'unknown' as const };
    expect([u, b, a].sort(compareStoryDates)).toEqual([a, b, u]);
  });
});

describe('publication dates that cannot anchor anything', () => {
  it('a year before 1000 or an impossible day leaves relative dates unresolved (regression: year 0001 gave 1900)', () => {
    for (const published of ['0001-01-01', '0099-06-15', '2024-02-30', '2024-13-01', 'garbage']) {
      expect(one('They met on Monday.', published)).toEqual({ label: 'Monday', precision: 'unknown' });
    }
    expect(one('They met on Monday.', '9999-12-31')).toMatchObject({ precision: 'day', start: '9999-12-27' });
  });
});
