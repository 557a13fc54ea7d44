import { describe, expect, it } from 'vitest';
import { inQuote, readDocument, sentenceAt } from '../../../src/core/text/document';

describe('readDocument', () => {
  const text = 'Envoy Heads Home After Long Talks\nSEOUL (Reuters) — Moon Jae-in said “we will go to Paris.” He left.\n\nA second paragraph.';
  const doc = readDocument(text);

  it('splits paragraphs by line and sentences within them, with true offsets', () => {
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      'Envoy Heads Home After Long Talks',
      'SEOUL (Reuters) — Moon Jae-in said “we will go to Paris.” He left.',
      'A second paragraph.',
    ]);
    expect(doc.sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['Envoy Heads Home After Long Talks', 0],
      ['SEOUL (Reuters) — Moon Jae-in said “we will go to Paris.”', 1],
      ['He left.', 1],
      ['A second paragraph.', 2],
    ]);
    for (const s of doc.sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it('keeps hyphenated names whole and marks headlines', () => {
    expect(doc.sentences[1]?.tokens.map((t) => t.text)).toContain('Jae-in');
    expect(doc.sentences.map((s) => s.titleCase)).toEqual([true, false, false, false]);
  });

  it('finds quotations and the dateline', () => {
    expect(doc.quotes.map((q) => q.text)).toEqual(['“we will go to Paris.”']);
    expect(inQuote(doc, text.indexOf('Paris'))).toBe(true);
    expect(inQuote(doc, text.indexOf('Moon'))).toBe(false);
    expect(doc.dateline?.place).toBe('SEOUL');
    expect(sentenceAt(doc, text.indexOf('left'))?.text).toBe('He left.');
  });

  it('takes no capitalised phrase with a dash for a dateline', () => {
    expect(readDocument('The Prime Minister - who flew in - spoke.').dateline).toBeUndefined();
  });

  it('cuts a sentence with no punctuation for pages into bounded pieces', () => {
    const long = 'word '.repeat(3000);
    const d = readDocument(long);
    expect(d.sentences.length).toBeGreaterThan(10);
    for (const s of d.sentences) expect(s.end - s.start).toBeLessThanOrEqual(1000);
  });

  it('reads empty and non-string input as an empty document', () => {
    expect(readDocument('').sentences).toEqual([]);
    expect(readDocument(undefined as unknown as string).paragraphs).toEqual([]);
  });
});
