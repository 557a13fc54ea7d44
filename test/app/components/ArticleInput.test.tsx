// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleInput } from '../../../src/app/components/ArticleInput';
import type { AtlasCollection } from '../../../src/core/geojson/types';

afterEach(cleanup);

const empty: AtlasCollection = { type: 'FeatureCollection', article: { id: 'a', title: 'A', text: 'x' }, features: [] };

describe('ArticleInput', () => {
  it('sends pasted text to the analyser and shows the result', async () => {
    const analyze = vi.fn(async () => ({ ok: true as const, value: empty }));
    const onCollection = vi.fn();
    render(<ArticleInput analyze={analyze} onCollection={onCollection} />);
    fireEvent.change(screen.getByLabelText(/Paste article text/), { target: { value: 'Lavrov flew to Pyongyang.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Map this text' }));
    await waitFor(() => expect(onCollection).toHaveBeenCalledWith(empty));
    expect(analyze).toHaveBeenCalledWith('Lavrov flew to Pyongyang.');
    expect(screen.getByRole('status').textContent).toMatch(/Found 0 places/);
    // Mapped, the text leaves the box (it is in the article panel now).
    expect((screen.getByLabelText(/Paste article text/) as HTMLTextAreaElement).value).toBe('');
  });

  it('shows an analyser error as a message and keeps the pasted text', async () => {
    const analyze = vi.fn(async () => ({ ok: false as const, error: 'Could not analyse the article: boom' }));
    const onCollection = vi.fn();
    render(<ArticleInput analyze={analyze} onCollection={onCollection} />);
    const box = screen.getByLabelText(/Paste article text/) as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: 'Some text' } });
    fireEvent.click(screen.getByRole('button', { name: 'Map this text' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('boom'));
    expect(box.value).toBe('Some text');
    expect(onCollection).not.toHaveBeenCalled();
  });

  it('refuses empty input without calling the analyser', async () => {
    const analyze = vi.fn();
    render(<ArticleInput analyze={analyze} onCollection={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Map this text' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/empty/));
    expect(analyze).not.toHaveBeenCalled();
  });
});

describe('ArticleInput publication date', () => {
  it('passes a chosen date to the analyser as the publication date, and none when left empty', async () => {
    const analyze = vi.fn(async (_text: string, _meta?: { published?: string }) => ({ ok: true as const, value: empty }));
    render(<ArticleInput analyze={analyze} onCollection={() => {}} />);
    fireEvent.change(screen.getByLabelText(/Paste article text/), { target: { value: 'Ana Ruiz flew to Paris on Monday.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Map this text' }));
    await waitFor(() => expect(analyze).toHaveBeenCalledTimes(1));
    expect(analyze.mock.calls[0]).toEqual(['Ana Ruiz flew to Paris on Monday.']);
    fireEvent.change(screen.getByLabelText(/Published on/), { target: { value: '2024-03-06' } });
    fireEvent.change(screen.getByLabelText(/Paste article text/), { target: { value: 'Ana Ruiz flew to Paris on Monday.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Map this text' }));
    await waitFor(() => expect(analyze).toHaveBeenCalledTimes(2));
    expect(analyze.mock.calls[1]).toEqual(['Ana Ruiz flew to Paris on Monday.', { published: '2024-03-06' }]);
  });
});
