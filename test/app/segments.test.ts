import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText, splitExcerpt } from '../../src/app/lib/segments';

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
