import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameAtoms, tokenize } from '../../../src/core/geoparse/recognize';
import { readDocument } from '../../../src/core/text/document';

const plain = (tokens: ReadonlyArray<{ start: number; end: number; text: string; lower: string }>) => tokens.map(({ start, end, text, lower }) => ({ start, end, text, lower }));

describe('nameAtoms', () => {
  it('splits hyphenated words and keeps the possessive s, as the geoparser’s own tokeniser does', () => {
    const text = "Moon Jae-in’s aides met Ri Yong‐ho's staff in Sainte-Anne-des-Monts. He didn't say.";
    const atoms = nameAtoms(readDocument(text));
    expect(atoms?.map((t) => t.text)).toEqual(['Moon', 'Jae', 'in', 's', 'aides', 'met', 'Ri', 'Yong', 'ho', 's', 'staff', 'in', 'Sainte', 'Anne', 'des', 'Monts', 'He', 'didn', 't', 'say']);
    expect(plain(atoms ?? [])).toEqual(plain(tokenize(text)));
  });

  it('gives up on a run cut inside a word (no space to cut an over-long sentence at), so the caller tokenises', () => {
    expect(nameAtoms(readDocument(`Visit ${'x'.repeat(3000)} now`))).toBeUndefined();
  });

  it('reads the same atoms as tokenize on any text', () => {
    const piece = fc.constantFrom('Paris', 'jae-in', '-', '‐', "'", '’', 's', 'S', ' ', '\n', '.', '!', '"', '“', 'É', 'ж', '7', '😀', '𝐀', '\ud800', '\u00a0', '\t', 'y'.repeat(700));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const atoms = nameAtoms(readDocument(text));
        if (atoms) expect(plain(atoms)).toEqual(plain(tokenize(text)));
      }),
      { numRuns: 500 },
    );
  });
});
