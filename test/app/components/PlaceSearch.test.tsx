// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlaceSearch } from '../../../src/app/components/PlaceSearch';
import type { Result } from '../../../src/core/types';

afterEach(cleanup);

interface Hit {
  id: string;
  name: string;
}
const PLACES: Hit[] = [
  { id: '1', name: 'Paris' },
  { id: '2', name: 'Paris, Texas' },
  { id: '3', name: 'Parma' },
];
const searchIn = (places: Hit[]) =>
  vi.fn(async (q: string): Promise<Result<Hit[]>> => ({ ok: true, value: places.filter((p) => p.name.toLowerCase().startsWith(q.toLowerCase())) }));

function renderSearch(search: (q: string) => Promise<Result<Hit[]>>, onChoose = vi.fn(), initialQuery?: string) {
  render(<PlaceSearch search={search} renderHit={(h) => h.name} hitKey={(h) => h.id} onChoose={onChoose} initialQuery={initialQuery} />);
  return { box: screen.getByRole('combobox'), onChoose };
}

describe('PlaceSearch', () => {
  it('searches once per pause in typing, with the last words typed', async () => {
    const search = searchIn(PLACES);
    const { box } = renderSearch(search);
    fireEvent.change(box, { target: { value: 'P' } });
    fireEvent.change(box, { target: { value: 'Pa' } });
    fireEvent.change(box, { target: { value: 'Par' } });
    await screen.findAllByRole('option');
    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith('Par');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Paris', 'Paris, Texas', 'Parma']);
    expect(box.getAttribute('aria-expanded')).toBe('true');
  });

  it('is operable by keyboard: ↓ moves the active option (aria-activedescendant), Enter chooses it', async () => {
    const { box, onChoose } = renderSearch(searchIn(PLACES));
    fireEvent.change(box, { target: { value: 'Paris' } });
    await screen.findAllByRole('option');
    const options = () => screen.getAllByRole('option');
    expect(box.getAttribute('aria-activedescendant')).toBe(options()[0]!.id);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options()[1]!.id);
    expect(options()[1]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options()[1]!.id); // wraps around
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onChoose).toHaveBeenCalledWith(PLACES[1]);
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('Escape closes the list without choosing; a click chooses', async () => {
    const { box, onChoose } = renderSearch(searchIn(PLACES));
    fireEvent.change(box, { target: { value: 'Parm' } });
    await screen.findAllByRole('option');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(onChoose).not.toHaveBeenCalled();
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.click(screen.getAllByRole('option')[0]!);
    expect(onChoose).toHaveBeenCalledWith(PLACES[2]);
  });

  it('searches the words it was opened with, and says when nothing is found or the search failed', async () => {
    const search = searchIn(PLACES);
    const { box } = renderSearch(search, vi.fn(), 'Parma');
    expect((box as HTMLInputElement).value).toBe('Parma');
    await screen.findAllByRole('option');
    expect(search).toHaveBeenCalledWith('Parma');
    fireEvent.change(box, { target: { value: 'Atlantis' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/No place called “Atlantis”/));
    cleanup();
    const failing = vi.fn(async (): Promise<Result<Hit[]>> => ({ ok: false, error: 'The gazetteer could not be loaded.' }));
    const again = renderSearch(failing);
    fireEvent.change(again.box, { target: { value: 'Paris' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The gazetteer could not be loaded.'));
  });

  it('drops the answer to an older query that arrives after a newer one', async () => {
    let releaseSlow: () => void = () => {};
    const search = vi.fn((q: string): Promise<Result<Hit[]>> => {
      if (q === 'Pa') return new Promise((resolve) => (releaseSlow = () => resolve({ ok: true, value: [PLACES[0]!] })));
      return Promise.resolve({ ok: true, value: [PLACES[2]!] });
    });
    const { box } = renderSearch(search);
    fireEvent.change(box, { target: { value: 'Pa' } });
    await waitFor(() => expect(search).toHaveBeenCalledWith('Pa'));
    fireEvent.change(box, { target: { value: 'Parm' } });
    await screen.findByRole('option', { name: 'Parma' });
    releaseSlow();
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Parma']);
  });
});
