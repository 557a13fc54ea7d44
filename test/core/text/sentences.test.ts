import { describe, expect, it } from 'vitest';
import { normalizeKey, slugify } from '../../../src/core/text/normalize';
import { excerptFor, sentenceSpans } from '../../../src/core/text/sentences';

const sentences = (t: string) => sentenceSpans(t).map((s) => t.slice(s.start, s.end));

describe('sentenceSpans', () => {
  it('splits at full stops followed by a capital, and at line breaks', () => {
    expect(sentences('He left. She stayed.\nNew line')).toEqual(['He left.', 'She stayed.', 'New line']);
  });
  it('does not split after abbreviations', () => {
    expect(sentences('The U.S. envoy met Mr. Kim in Alexandria, La. on Monday. Then he left.')).toEqual([
      'The U.S. envoy met Mr. Kim in Alexandria, La. on Monday.',
      'Then he left.',
    ]);
  });
  it('keeps closing quotes with their sentence', () => {
    expect(sentences('"We welcome it," he said. "Good."')).toEqual(['"We welcome it," he said.', '"Good."']);
  });
  it('handles empty and space-only text', () => {
    expect(sentenceSpans('')).toEqual([]);
    expect(sentenceSpans('   \n  ')).toEqual([]);
  });
});

describe('excerptFor', () => {
  it('returns the sentence holding the mention', () => {
    const t = 'First one. The meeting in Moscow was long. Last.';
    const at = t.indexOf('Moscow');
    expect(excerptFor(t, sentenceSpans(t), at, at + 6)).toBe('The meeting in Moscow was long.');
  });
  it('caps a runaway sentence around the mention', () => {
    const t = `${'word '.repeat(2000)}Moscow ${'word '.repeat(2000)}`;
    const at = t.indexOf('Moscow');
    const ex = excerptFor(t, sentenceSpans(t), at, at + 6);
    expect(ex).toContain('Moscow');
    expect(ex.length).toBeLessThan(420);
  });
});

describe('normalizeKey and slugify', () => {
  it('folds case, accents, apostrophes and spaces', () => {
    expect(normalizeKey('São  Paulo')).toBe('sao paulo');
    expect(normalizeKey('Russia’s')).toBe("russia's");
    expect(normalizeKey('PyeongChang')).toBe(normalizeKey('Pyeongchang'));
  });
  it('makes id-safe slugs', () => {
    expect(slugify('Washington, D.C.')).toBe('washington-d-c');
    expect(slugify('!!!')).toBe('unnamed');
  });
});
