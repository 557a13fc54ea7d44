// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditsPanel } from '../../../src/app/components/EditsPanel';
import type { Edit, EditOutcome } from '../../../src/core/edits/types';

afterEach(cleanup);

const edits: Edit[] = [
  { id: 'e1', at: '2026-11-30T10:00:00Z', kind: 'remove-place', place: { id: 'place:xinhua', name: 'Xinhua' } },
  { id: 'e2', at: '2026-11-30T10:01:00Z', kind: 'reverse-route', route: { kind: 'route', id: 'route:gone', name: 'A → B' } },
];
const outcomes = new Map<string, EditOutcome>([
  ['e1', { editId: 'e1', applied: true }],
  ['e2', { editId: 'e2', applied: false, reason: 'no route “A → B” in this analysis' }],
]);

function renderPanel(overrides: Partial<Parameters<typeof EditsPanel>[0]> = {}) {
  const props = { edits, outcomes, canUndo: true, canRedo: false, onUndo: vi.fn(), onRedo: vi.fn(), onReset: vi.fn(), onDrop: vi.fn(), ...overrides };
  render(<EditsPanel {...props} />);
  return props;
}

describe('EditsPanel', () => {
  it('lists every edit in words, and an edit that no longer applies as such, with the reason', () => {
    renderPanel();
    const items = screen.getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('Not a place: “Xinhua”');
    expect(items[0]!.className).not.toContain('is-stale');
    expect(items[1]!.className).toContain('is-stale');
    expect(items[1]!.textContent).toContain('Not applied: no route “A → B” in this analysis');
    expect(screen.getByRole('status').textContent).toBe('2 edits, 1 no longer applies');
  });

  it('undo, redo, back to the automatic result and dropping one edit call back; unavailable ones are disabled', () => {
    const props = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(props.onUndo).toHaveBeenCalledTimes(1);
    expect((screen.getByRole('button', { name: 'Redo' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Back to the automatic result' }));
    expect(props.onReset).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: /Drop the edit: Not a place: “Xinhua”/ }));
    expect(props.onDrop).toHaveBeenCalledWith('e1');
  });

  it('with no edits says it shows the automatic result', () => {
    renderPanel({ edits: [], canUndo: false });
    expect(screen.getByRole('status').textContent).toMatch(/automatic result/);
    expect((screen.getByRole('button', { name: 'Back to the automatic result' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Undo' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
