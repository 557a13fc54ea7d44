// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportButtons } from '../../../src/app/components/ExportButtons';
import { buildExport } from '../../../src/app/lib/exportGeojson';
import { loadFixture } from '../helpers';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ExportButtons', () => {
  const seed = loadFixture('seed-fixture.geojson');
  const expected = buildExport(seed);

  it('downloads the export under the article’s file name', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    render(<ExportButtons collection={seed} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export GeoJSON' }));
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe(expected.filename);
    expect(await blobs[0]!.text()).toBe(expected.json);
    expect(screen.getByRole('status').textContent).toContain(expected.filename);
  });

  it('copies the same text to the clipboard, and reports a refusal', async () => {
    const writeText = vi.fn(async (_: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ExportButtons collection={seed} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Copied'));
    expect(writeText).toHaveBeenCalledWith(expected.json);
    writeText.mockRejectedValueOnce(new Error('denied'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('denied'));
  });

  it('is disabled with nothing to export', () => {
    render(<ExportButtons collection={null} />);
    expect((screen.getByRole('button', { name: 'Export GeoJSON' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
