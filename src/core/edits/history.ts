/**
 * Undo and redo over the list of edits, as plain data (serialisable, so a saved article restores its undo
 * stack too). Every step keeps whole edit lists rather than inverse commands: an edit has no inverse to
 * write, and "back to the automatic result" is then one more undoable step. Lists share their edit objects,
 * so a step costs one array.
 */
import type { Edit } from './types';

export interface EditHistory {
  /** Earlier edit lists, oldest first. */
  past: Edit[][];
  /** The edits in force: apply these to the analysis. */
  present: Edit[];
  /** Lists undone, the next redo last. */
  future: Edit[][];
}

/**
 * A history with nothing to undo, starting from `edits` (a saved article's edits, or none).
 *
 * @example createHistory().present // → []
 */
export function createHistory(edits: Edit[] = []): EditHistory {
  return { past: [], present: edits, future: [] };
}

/** Moves to a new edit list; the redo stack is dropped, as in any editor. */
function step(history: EditHistory, present: Edit[]): EditHistory {
  return { past: [...history.past, history.present], present, future: [] };
}

/**
 * One more edit.
 *
 * @example pushEdit(createHistory(), edit).present // → [edit]
 */
export function pushEdit(history: EditHistory, edit: Edit): EditHistory {
  return step(history, [...history.present, edit]);
}

/**
 * The last edit replaced by `edit`, in the same undo step: a gesture made of many small steps (a marker
 * nudged with the arrow keys) is one edit, and one undo takes it all back. Nothing to amend (no edit in force,
 * or an undone step waiting to be redone) makes it an ordinary new edit.
 *
 * @example amendLastEdit(pushEdit(h, nudge1), nudge2).present.at(-1) // → nudge2, and undo gives back h.present
 */
export function amendLastEdit(history: EditHistory, edit: Edit): EditHistory {
  if (history.present.length === 0 || history.past.length === 0 || history.future.length > 0) return pushEdit(history, edit);
  return { past: history.past, present: [...history.present.slice(0, -1), edit], future: [] };
}

/**
 * Replaces the edit list in one undoable step (e.g. to drop a stale edit the person no longer wants).
 *
 * @example replaceEdits(h, h.present.filter((e) => e.id !== staleId))
 */
export function replaceEdits(history: EditHistory, edits: Edit[]): EditHistory {
  return step(history, edits);
}

/**
 * Back to the automatic result: no edits in force, and undo brings them back.
 *
 * @example resetToAutomatic(h).present // → []
 */
export function resetToAutomatic(history: EditHistory): EditHistory {
  return history.present.length === 0 ? history : step(history, []);
}

/**
 * The edit list before the last step; the same history when there is nothing to undo.
 *
 * @example undo(pushEdit(createHistory(), edit)).present // → []
 */
export function undo(history: EditHistory): EditHistory {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [...history.future, history.present] };
}

/**
 * The step last undone, again; the same history when there is nothing to redo.
 *
 * @example redo(undo(pushEdit(createHistory(), edit))).present // → [edit]
 */
export function redo(history: EditHistory): EditHistory {
  const next = history.future.at(-1);
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future: history.future.slice(0, -1) };
}

/** @example canUndo(createHistory()) // → false */
export function canUndo(history: EditHistory): boolean {
  return history.past.length > 0;
}

/** @example canRedo(createHistory()) // → false */
export function canRedo(history: EditHistory): boolean {
  return history.future.length > 0;
}
