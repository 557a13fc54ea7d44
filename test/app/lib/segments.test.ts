import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatStoryDate } from '../../../src/app/lib/format';
import { highlightRanges, segmentText, splitExcerpt } from '../../../src/app/lib/segments';

const m = (start: number, end: number, text: string, excerpt = '') => ({ start, end, text, excerpt });

describe('segmentText', () => {
  it('wraps each mention and keeps the text in between', () => {
    const text = 'From Moscow to Beijing.';
    const segs = segmentText(text, [
      { id: 'b', mentions: [m(15, 22, 'Beijing')] },
      { id: 'm', mentions: [m(5, 11, 'Moscow')] },
    ]);
    expect(segs.map((s) => [s.text, s.placeId])).toEqual([
      ['From ', undefined],
      ['Moscow', 'm'],
      [' to ', undefined],
      ['Beijing', 'b'],
      ['.', undefined],
    ]);
  });
  it('skips overlapping and out-of-range mentions instead of duplicating text', () => {
    const text = 'North Korea';
    const segs = segmentText(text, [
      { id: 'nk', mentions: [m(0, 11, 'North Korea')] },
      { id: 'k', mentions: [m(6, 11, 'Korea'), m(5, 99, 'x'), m(-1, 2, 'x')] },
    ]);
    expect(segs).toEqual([{ text: 'North Korea', placeId: 'nk', start: 0 }]);
  });
  it('always reassembles exactly the original text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.array(fc.tuple(fc.integer({ min: -5, max: 210 }), fc.integer({ min: 0, max: 30 })), { maxLength: 20 }), (text, spans) => {
        const places = [{ id: 'p', mentions: spans.map(([s, len]) => m(s, s + len, '')) }];
        expect(segmentText(text, places).map((s) => s.text).join('')).toBe(text);
      }),
    );
  });
});

describe('splitExcerpt', () => {
  it('emphasises the mention at its own offset, not an earlier occurrence in the sentence', () => {
    const article = 'Intro. Moscow met Moscow officials. End.';
    const second = article.indexOf('Moscow', 10);
    const parts = splitExcerpt(m(second, second + 6, 'Moscow', 'Moscow met Moscow officials.'), article);
    expect(parts).toEqual({ before: 'Moscow met ', match: 'Moscow', after: ' officials.' });
  });
  it('falls back to the first occurrence, then to the bare excerpt', () => {
    expect(splitExcerpt(m(0, 3, 'Ufa', 'In Ufa today.'))).toEqual({ before: 'In ', match: 'Ufa', after: ' today.' });
    expect(splitExcerpt(m(0, 3, 'Ufa', 'Nothing here.'))).toEqual({ before: 'Nothing here.', match: '', after: '' });
  });
});

describe('highlightRanges', () => {
  it('cuts runs at the range edges and marks the runs inside, keeping place ids', () => {
    const text = 'In Moscow. Then Beijing.';
    const segs = segmentText(text, [{ id: 'place:moscow', mentions: [{ start: 3, end: 9, text: 'Moscow', excerpt: '' }] }]);
    const out = highlightRanges(segs, [{ start: 0, end: 10 }]);
    expect(out.map((s) => s.text).join('')).toBe(text);
    expect(out.filter((s) => s.highlighted).map((s) => s.text).join('')).toBe('In Moscow.');
    expect(out.find((s) => s.placeId)?.highlighted).toBe(true);
    expect(highlightRanges(segs, [])).toEqual(segs);
    expect(highlightRanges(segs, [{ start: 5, end: 2 }])).toEqual(segs);
  });
});

describe('formatStoryDate', () => {
  it('writes a day, a month, a span of days or a year, and nothing for an unknown date', () => {
    expect(formatStoryDate({ start: '2018-04-10', end: '2018-04-10', precision: 'day' })).toBe('10 Apr 2018');
    expect(formatStoryDate({ start: '2018-03-01', end: '2018-03-31', precision: 'month' })).toBe('Mar 2018');
    expect(formatStoryDate({ start: '2018-04-02', end: '2018-04-08', precision: 'part-of-month' })).toBe('2–8 Apr 2018');
    expect(formatStoryDate({ start: '2017-01-01', precision: 'year' })).toBe('2017');
    expect(formatStoryDate({ precision: 'unknown', label: '' })).toBe('');
    expect(formatStoryDate(undefined)).toBe('');
  });
});
