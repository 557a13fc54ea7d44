import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEdits, readPlaceChoice } from '../../../src/core/edits/schema';
import type { Edit } from '../../../src/core/edits/types';
import { editDraftArb } from './arbitraries';
import { analyzeFixture } from './support';

const analysis = analyzeFixture();

describe('reading stored edits', () => {
  it('accepts every edit the UI can make, as JSON (what IndexedDB and an exported file hold)', () => {
    fc.assert(
      fc.property(fc.array(editDraftArb(analysis), { maxLength: 8 }), (drafts) => {
        const edits = drafts.map((d, i) => ({ ...d, id: `e${i}`, at: '2026-11-30T10:00:00.000Z' }) as Edit);
        const json = JSON.parse(JSON.stringify(edits));
        expect(readEdits(json)).toEqual({ ok: true, value: json });
      }),
      { numRuns: 50 },
    );
  });

  it.each([
    [{}, 'not a list of edits: edits: Invalid type: Expected Array'],
    [[{ id: 'e1', at: '', kind: 'teleport' }], 'edits[0].kind: Invalid type: Expected ("choose-place"'],
    [[{ id: 'e1', at: '', kind: 'remove-place' }], 'edits[0].place: missing'],
    [[{ id: 'e1', at: '', kind: 'remove-mention', mention: { start: -1, end: 3, text: 'Rome' } }], 'edits[0].mention.start: Invalid value'],
    [
      [
        { id: 'e1', at: '', kind: 'remove-mention', mention: { start: 0, end: 4, text: 'Rome' } },
        { id: 'e1', at: '', kind: 'remove-mention', mention: { start: 9, end: 13, text: 'Rome' } },
      ],
      'the id e1 is used twice',
    ],
  ])('names what is wrong with %j', (value, message) => {
    const read = readEdits(value);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toContain(message);
  });

  it('reads a place choice', () => {
    expect(readPlaceChoice({ type: 'custom', name: 'Camp', lon: 1, lat: 2 }).ok).toBe(true);
    expect(readPlaceChoice({ type: 'gazetteer', name: 'X', lon: 1, lat: 2 })).toEqual({ ok: false, error: 'ref: missing (and 2 more problems)' });
  });
});
