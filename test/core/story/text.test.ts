import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '../../../src/core/story/text';

describe('splitSentences', () => {
  it('splits at sentence ends and newlines, keeps abbreviations and initials', () => {
    const t = 'Headline here\nMr. Smith went to Washington, D.C. on Monday. He met U.S. officials! Then left.';
    expect(splitSentences(t).map((s) => s.text)).toEqual([
      'Headline here',
      'Mr. Smith went to Washington, D.C. on Monday.',
      'He met U.S. officials!',
      'Then left.',
    ]);
  });

  it('spans are true slices of the text', () => {
    const t = '  One.  Two?\n\n “Three.” Four ';
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
  });

  it('handles empty input', () => {
    expect(splitSentences('')).toEqual([]);
  });
});

describe('tokenize', () => {
  it('separates the possessive and keeps hyphenated names whole', () => {
    expect(tokenize("Russia's Moon Jae-in").map((t) => t.text)).toEqual(['Russia', "'s", 'Moon', 'Jae-in']);
  });
});
