import { describe, expect, it } from 'vitest';
import {
  amendLastEdit,
  canRedo,
  canUndo,
  createHistory,
  pushEdit,
  redo,
  replaceEdits,
  resetToAutomatic,
  undo,
} from '../../../src/core/edits/history';
import type { Edit } from '../../../src/core/edits/types';

const edit = (id: string): Edit => ({ id, at: '2026-11-30T10:00:00.000Z', kind: 'remove-mention', mention: { start: 0, end: 5, text: 'Paris' } });
const [a, b, c] = [edit('a'), edit('b'), edit('c')];

describe('edit history', () => {
  it('undoes and redoes one edit at a time', () => {
    let h = pushEdit(pushEdit(createHistory(), a), b);
    expect(h.present).toEqual([a, b]);
    expect([canUndo(h), canRedo(h)]).toEqual([true, false]);
    h = undo(h);
    expect(h.present).toEqual([a]);
    expect(canRedo(h)).toBe(true);
    h = undo(h);
    expect(h.present).toEqual([]);
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.present).toEqual([a, b]);
    expect(redo(h)).toBe(h);
  });

  it('a new edit after an undo drops the redo stack', () => {
    const h = pushEdit(undo(pushEdit(pushEdit(createHistory(), a), b)), c);
    expect(h.present).toEqual([a, c]);
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toEqual([a]);
  });

  it('back to the automatic result, and undo brings the edits back; resetting nothing is no step', () => {
    const h = resetToAutomatic(pushEdit(pushEdit(createHistory(), a), b));
    expect(h.present).toEqual([]);
    expect(undo(h).present).toEqual([a, b]);
    const empty = createHistory();
    expect(resetToAutomatic(empty)).toBe(empty);
  });

  it('starts from saved edits with nothing to undo; replacing the list is one step', () => {
    const h = createHistory([a, b]);
    expect([canUndo(h), h.present]).toEqual([false, [a, b]]);
    const dropped = replaceEdits(h, [b]);
    expect(dropped.present).toEqual([b]);
    expect(undo(dropped).present).toEqual([a, b]);
  });

  it('is plain data: survives JSON (what IndexedDB stores)', () => {
    const h = undo(pushEdit(pushEdit(createHistory(), a), b));
    expect(JSON.parse(JSON.stringify(h))).toEqual(h);
  });

  it('amends the last edit in its own undo step, so one undo takes back a gesture of many steps', () => {
    const start = pushEdit(createHistory(), a);
    let h = pushEdit(start, b);
    h = amendLastEdit(h, c);
    expect(h.present).toEqual([a, c]);
    expect(undo(h).present).toEqual([a]);
    expect(redo(undo(h)).present).toEqual([a, c]);
    // With an undone step waiting (or nothing to amend) it is a new edit.
    expect(amendLastEdit(undo(h), b).present).toEqual([a, b]);
    expect(undo(amendLastEdit(undo(h), b)).present).toEqual([a]);
    expect(amendLastEdit(createHistory(), c).present).toEqual([c]);
  });
});
