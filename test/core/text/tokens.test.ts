import { describe, expect, it } from 'vitest';
import { isTitleCase, tokenize } from '../../../src/core/text/tokens';

describe('isTitleCase', () => {
  it.each([
    ['Lavrov Accepts Invitation to Visit the DPRK', true],
    ['Kim Is Set To Fly To Beijing On Monday', true],
    ['Storm Due in Manila by Friday', true],
  ])('reads the headline "%s" as Title Case', (line, expected) => {
    expect(isTitleCase(tokenize(line))).toBe(expected);
  });

  it.each([
    // Every word of four letters or more capitalised, but "is", "set", "fly" and "due" are prose.
    'German President Lena Vogel is set to fly to Ottawa on Monday.',
    'Japanese Foreign Minister Yoko Kamikawa is due in London.',
    'Lavrov flew from Moscow to Pyongyang.',
  ])('reads the sentence "%s" as prose', (line) => {
    expect(isTitleCase(tokenize(line))).toBe(false);
  });
});
