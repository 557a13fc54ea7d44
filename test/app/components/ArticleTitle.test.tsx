// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleTitle } from '../../../src/app/components/ArticleTitle';

afterEach(cleanup);

describe('ArticleTitle', () => {
  it('is the page heading; Rename turns it into a field, Enter keeps the new title', () => {
    const onRename = vi.fn();
    render(<ArticleTitle title="Officials said on Tuesday that…" onRename={onRename} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Officials said on Tuesday that…');
    fireEvent.click(screen.getByRole('button', { name: /Rename/ }));
    const field = screen.getByLabelText('Article title') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '  Geneva talks resume  ' } });
    fireEvent.submit(field.form!);
    expect(onRename).toHaveBeenCalledWith('Geneva talks resume');
    expect(screen.queryByLabelText('Article title')).toBeNull();
  });

  it('Escape keeps the old title; an empty title is not kept', () => {
    const onRename = vi.fn();
    render(<ArticleTitle title="Old" onRename={onRename} />);
    fireEvent.click(screen.getByRole('button', { name: /Rename/ }));
    fireEvent.change(screen.getByLabelText('Article title'), { target: { value: 'New' } });
    fireEvent.keyDown(screen.getByLabelText('Article title'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: /Rename/ }));
    fireEvent.change(screen.getByLabelText('Article title'), { target: { value: '   ' } });
    fireEvent.submit((screen.getByLabelText('Article title') as HTMLInputElement).form!);
    expect(onRename).not.toHaveBeenCalled();
  });
});
