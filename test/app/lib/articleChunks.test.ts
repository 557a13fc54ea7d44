import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleChunks, chunkSegments, sameSegments } from '../../../src/app/lib/articleChunks';
import type { PlaceMentions, TextSegment } from '../../../src/app/lib/segments';

/** Cutting the text at its mentions as first written (objects sorted by a comparator): the reference. */
function referenceRuns(text: string, places: readonly PlaceMentions[]): TextSegment[] {
  const spans = places
    .flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, placeId: p.id })))
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextSegment[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    if (span.start > cursor) out.push({ text: text.slice(cursor, span.start), start: cursor });
    out.push({ text: text.slice(span.start, span.end), placeId: span.placeId, start: span.start });
    cursor = span.end;
  }
  if (cursor < text.length) out.push({ text: text.slice(cursor), start: cursor });
  return out;
}

/** The chunking as first written, all runs at once: what the lazy chunks must give, run for run. */
function eagerChunks(text: string, places: readonly PlaceMentions[], size: number): TextSegment[][] {
  const chunks: TextSegment[][] = [];
  let current: TextSegment[] = [];
  for (const segment of referenceRuns(text, places)) {
    const breakAt = current.length >= size && !segment.placeId ? segment.text.lastIndexOf('\n') : -1;
    if (breakAt >= 0) {
      current.push({ ...segment, text: segment.text.slice(0, breakAt + 1) });
      chunks.push(current);
      const tail = segment.text.slice(breakAt + 1);
      current = tail ? [{ ...segment, text: tail, start: segment.start + breakAt + 1 }] : [];
      continue;
    }
    if (current.length >= 4 * size) {
      chunks.push(current);
      current = [];
    }
    current.push(segment);
  }
  if (current.length) chunks.push(current);
  return chunks;
}

describe('chunkSegments', () => {
  it('ends each chunk after a line break, cutting the run that holds it, and loses no text', () => {
    const text = 'Moscow.\nParis.\nRome.\n';
    const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w, excerpt: '' });
    const chunks = chunkSegments(text, [{ id: 'm', mentions: [at('Moscow')] }, { id: 'p', mentions: [at('Paris')] }, { id: 'r', mentions: [at('Rome')] }], 1);
    expect(chunks.map((c) => c.map((s) => s.text).join(''))).toEqual(['Moscow.\n', 'Paris.\n', 'Rome.\n']);
    for (const c of chunks) for (const s of c) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('keeps every character in order, with true offsets, whatever the text and chunk size', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Moscow', ' ', '\n', 'x', '. '), { maxLength: 60 }), fc.integer({ min: 1, max: 5 }), (parts, size) => {
        const text = parts.join('');
        const mentions = [...text.matchAll(/Moscow/g)].map((m) => ({ start: m.index, end: m.index + 6, text: 'Moscow', excerpt: '' }));
        const chunks = chunkSegments(text, [{ id: 'm', mentions }], size);
        expect(chunks.flat().map((s) => s.text).join('')).toBe(text);
        for (const s of chunks.flat()) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
        for (const c of chunks.slice(0, -1)) expect(c.length <= 4 * size || c.at(-1)!.text.endsWith('\n')).toBe(true);
      }),
    );
  });

  it('gives, chunk by chunk and made on demand, exactly the runs of cutting the whole text at once', () => {
    const word = fc.constantFrom('Moscow', 'Paris', ' ', '\n', 'x', '. ', '\n\n');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 80 }), fc.integer({ min: 1, max: 6 }), fc.boolean(), (parts, size, overlaps) => {
        const text = parts.join('');
        const at = (w: string) => [...text.matchAll(new RegExp(w, 'g'))].map((m) => ({ start: m.index, end: m.index + w.length, text: w, excerpt: '' }));
        const places: PlaceMentions[] = [
          // Overlapping (a shorter one at the same start, listed first; one inside), equal and out-of-range
          // mentions are skipped the same way.
          ...(overlaps ? [{ id: 'o', mentions: [...at('Mos'), ...at('cow'), { start: text.length, end: text.length + 3, text: 'far', excerpt: '' }] }] : []),
          { id: 'm', mentions: at('Moscow') },
          { id: 'p', mentions: at('Paris') },
          ...(overlaps ? [{ id: 'p2', mentions: at('Paris') }] : []),
        ];
        const expected = eagerChunks(text, places, size);
        const lazy = new ArticleChunks(text, places, size);
        expect(lazy.length).toBe(expected.length);
        // Out of order, as a highlight far down the article asks for its chunk first.
        for (let i = lazy.length - 1; i >= 0; i--) expect(lazy.runs(i)).toEqual(expected[i]);
      }),
    );
  });

  it('compares chunks by what they render', () => {
    expect(sameSegments([{ text: 'a', start: 0 }], [{ text: 'a', start: 0, highlighted: false }])).toBe(true);
    expect(sameSegments([{ text: 'a', start: 0 }], [{ text: 'a', start: 0, highlighted: true }])).toBe(false);
  });

  it('finds the chunk of an offset and the first chunk a highlighted range reaches', () => {
    const text = 'Moscow.\nParis.\nRome.\n';
    const at = (w: string) => ({ id: w, mentions: [{ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w, excerpt: '' }] });
    const lines = new ArticleChunks(text, [at('Moscow'), at('Paris'), at('Rome')], 1);
    expect(Array.from({ length: lines.length }, (_, i) => lines.runs(i)[0]!.start)).toEqual([0, 8, 15]);
    expect([-1, 0, 7, 8, 15, 20, 99].map((o) => lines.at(o))).toEqual([-1, 0, 0, 1, 2, 2, 2]);
    expect(new ArticleChunks('', [], 1).length).toBe(0);
    expect(lines.firstWith([])).toBe(-1);
    expect(lines.firstWith([{ start: 16, end: 20 }, { start: 9, end: 10 }])).toBe(1);
    // Empty, reversed and out-of-range ranges highlight nothing.
    expect(lines.firstWith([{ start: 5, end: 5 }, { start: 9, end: 2 }, { start: 40, end: 50 }, { start: -9, end: 0 }])).toBe(-1);
    expect(lines.firstWith([{ start: -9, end: 3 }])).toBe(0);
  });
});
