import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkSegments, firstHighlightedChunk, sameSegments } from '../../../src/app/lib/articleChunks';

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

  it('compares chunks by what they render, and finds the first highlighted one', () => {
    expect(sameSegments([{ text: 'a', start: 0 }], [{ text: 'a', start: 0, highlighted: false }])).toBe(true);
    expect(sameSegments([{ text: 'a', start: 0 }], [{ text: 'a', start: 0, highlighted: true }])).toBe(false);
    expect(firstHighlightedChunk([[{ text: 'a', start: 0 }], [{ text: 'b', start: 1, highlighted: true }]])).toBe(1);
  });
});
