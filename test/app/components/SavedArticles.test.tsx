// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SavedArticles } from '../../../src/app/components/SavedArticles';

afterEach(cleanup);

const articles = [
  { id: 'a', title: 'Floods in the valley', createdAt: 1, updatedAt: Date.UTC(2026, 10, 30, 10, 0), editCount: 2 },
  { id: 'b', title: 'Ministers meet', createdAt: 1, updatedAt: Date.UTC(2026, 10, 29, 9, 0), editCount: 0 },
];

function renderList() {
  const props = { articles, currentId: 'a', onOpen: vi.fn(), onRename: vi.fn(), onDelete: vi.fn() };
  render(<SavedArticles {...props} />);
  return props;
}

describe('SavedArticles', () => {
  it('lists the articles with their edit counts and marks the open one', () => {
    renderList();
    const open = screen.getByRole("button", { name: /^Floods in the valley/ });
    expect(open.getAttribute('aria-current')).toBe('true');
    expect(open.textContent).toContain('2 edits');
    expect(screen.getByRole("button", { name: /^Ministers meet/ }).textContent).toContain('no edits');
  });

  it('reopens, renames (Enter saves) and deletes only after a second press', () => {
    const props = renderList();
    fireEvent.click(screen.getByRole("button", { name: /^Ministers meet/ }));
    expect(props.onOpen).toHaveBeenCalledWith('b');
    fireEvent.click(screen.getByRole('button', { name: 'Rename Ministers meet' }));
    const input = screen.getByLabelText('New title for Ministers meet');
    fireEvent.change(input, { target: { value: '  Summit, corrected  ' } });
    fireEvent.submit(input.closest('form')!);
    expect(props.onRename).toHaveBeenCalledWith('b', 'Summit, corrected');
    fireEvent.click(screen.getByRole('button', { name: 'Delete Floods in the valley' }));
    expect(props.onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Floods in the valley”' }));
    expect(props.onDelete).toHaveBeenCalledWith('a');
  });

  it('says what the list is for when it is empty', () => {
    render(<SavedArticles articles={[]} currentId={null} onOpen={() => {}} onRename={() => {}} onDelete={() => {}} />);
    expect(screen.getByText(/kept here, in this browser/)).toBeTruthy();
  });
});
