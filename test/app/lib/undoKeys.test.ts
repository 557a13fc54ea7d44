// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { undoKeyAction } from '../../../src/app/lib/undoKeys';

const press = (key: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}, target: EventTarget | null = document.body) => ({
  key,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
  target,
});

describe('undoKeyAction', () => {
  it('Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, ⌘ works like Ctrl', () => {
    expect(undoKeyAction(press('z', { ctrl: true }))).toBe('undo');
    expect(undoKeyAction(press('Z', { ctrl: true, shift: true }))).toBe('redo');
    expect(undoKeyAction(press('y', { ctrl: true }))).toBe('redo');
    expect(undoKeyAction(press('z', { meta: true }))).toBe('undo');
    expect(undoKeyAction(press('z'))).toBeNull();
    expect(undoKeyAction(press('z', { ctrl: true, alt: true }))).toBeNull();
  });

  it('leaves the keys to text fields while the person types, but not to checkboxes', () => {
    const text = document.createElement('input');
    const area = document.createElement('textarea');
    const box = document.createElement('input');
    box.type = 'checkbox';
    expect(undoKeyAction(press('z', { ctrl: true }, text))).toBeNull();
    expect(undoKeyAction(press('z', { ctrl: true }, area))).toBeNull();
    expect(undoKeyAction(press('z', { ctrl: true }, box))).toBe('undo');
  });
});
