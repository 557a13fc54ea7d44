/**
 * Ctrl+Z / Ctrl+Shift+Z (⌘ on a Mac, and Ctrl+Y) undo and redo the person's edits anywhere on the page,
 * except while they type in a field, where the keys belong to the field's own text.
 */
import { useEffect, useRef } from 'react';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

/** Fields whose text the undo keys belong to. */
function isTyping(target: EventTarget | null): boolean {
  const el = target as (HTMLElement & { type?: string }) | null;
  if (!el || typeof el.tagName !== 'string') return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag !== 'input') return false;
  // Checkboxes, radios and buttons hold no text to undo.
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes((el.type ?? '').toLowerCase());
}

/**
 * What a key press asks of the edit history, if anything.
 * @example undoKeyAction({ key: 'z', ctrlKey: true, shiftKey: false, metaKey: false, altKey: false, target: document.body }) // → 'undo'
 */
export function undoKeyAction(e: KeyLike): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || isTyping(e.target)) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/**
 * Listen for the undo and redo keys on the whole page.
 * @example useUndoKeys(workspace.undo, workspace.redo);
 */
export function useUndoKeys(onUndo: () => void, onRedo: () => void): void {
  const handlers = useRef({ onUndo, onRedo });
  handlers.current = { onUndo, onRedo };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = undoKeyAction(e);
      if (!action) return;
      e.preventDefault();
      if (action === 'undo') handlers.current.onUndo();
      else handlers.current.onRedo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
