// @vitest-environment happy-dom
/**
 * A place marker moved with the keyboard: the arrow keys nudge the focused marker by a few screen pixels
 * (more with Shift), reported as a move of the place; a run of nudges is marked as continuing until focus
 * leaves the marker. The App makes each run one edit (useWorkspace, amend), tested in test/e2e/edits.test.ts.
 */
import { cleanup, fireEvent, render } from '@testing-library/react';
import { MapContainer } from 'react-leaflet';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MARKER_KEYS_HELP_ID, NUDGE_LARGE_PX, NUDGE_PX, PlaceMarker } from '../../../src/app/components/PlaceMarker';
import { placeFixture } from '../helpers';

afterEach(cleanup);

const tbilisi = placeFixture('place:tbilisi', 'Tbilisi', 'capital', [{ start: 0, end: 7, text: 'Tbilisi', excerpt: 'Tbilisi' }], [44.79, 41.72]);
const noop = () => {};

function renderMarker(onNudge?: (id: string, lon: number, lat: number, continued: boolean) => void, zoom = 5) {
  const view = render(
    <MapContainer center={[41.72, 44.79]} zoom={zoom} style={{ width: 400, height: 300 }}>
      <PlaceMarker
        place={tbilisi}
        articleText="Tbilisi"
        active={false}
        picked={false}
        onHoverPlace={noop}
        onPickPlace={noop}
        register={noop}
        onMove={onNudge ? noop : undefined}
        onNudge={onNudge}
      />
    </MapContainer>,
  );
  const el = view.container.querySelector<HTMLElement>('.place-marker');
  if (!el) throw new Error('no marker drawn');
  return el;
}

/** Degrees of longitude one screen pixel spans at a zoom (Web Mercator: 256 px × 2^zoom for 360°). */
const degreesPerPixel = (zoom: number) => 360 / (256 * 2 ** zoom);

describe('PlaceMarker: moved with the arrow keys', () => {
  it('nudges east, west, north and south by a few pixels at the zoom, more with Shift', () => {
    const onNudge = vi.fn();
    const el = renderMarker(onNudge);
    el.focus();
    fireEvent.keyDown(el, { key: 'ArrowRight' });
    fireEvent.keyDown(el, { key: 'ArrowUp' });
    fireEvent.keyDown(el, { key: 'ArrowLeft', shiftKey: true });
    fireEvent.keyDown(el, { key: 'ArrowDown' });
    expect(onNudge).toHaveBeenCalledTimes(4);
    const [right, up, left, down] = onNudge.mock.calls;
    // Each nudge starts from the place's position (the test does not move it between keys).
    expect(right![0]).toBe('place:tbilisi');
    expect(right![1]).toBeCloseTo(44.79 + NUDGE_PX * degreesPerPixel(5), 6);
    expect(right![2]).toBeCloseTo(41.72, 6);
    expect(up![1]).toBeCloseTo(44.79, 6);
    expect(up![2]).toBeGreaterThan(41.72);
    expect(left![1]).toBeCloseTo(44.79 - NUDGE_LARGE_PX * degreesPerPixel(5), 6);
    expect(down![2]).toBeLessThan(41.72);
  });

  it('takes a smaller step in degrees when zoomed in (the same few pixels)', () => {
    const onNudge = vi.fn();
    const el = renderMarker(onNudge, 10);
    fireEvent.keyDown(el, { key: 'ArrowRight' });
    expect(onNudge.mock.calls[0]![1]).toBeCloseTo(44.79 + NUDGE_PX * degreesPerPixel(10), 8);
  });

  it('marks every nudge after the first as continuing the run, until focus leaves the marker or another key is pressed', () => {
    const onNudge = vi.fn();
    const el = renderMarker(onNudge);
    el.focus();
    fireEvent.keyDown(el, { key: 'ArrowRight' });
    // Shift on its own, as a keyboard sends it before Shift+arrow, does not end the run.
    fireEvent.keyDown(el, { key: 'Shift', shiftKey: true });
    fireEvent.keyDown(el, { key: 'ArrowRight', shiftKey: true });
    fireEvent.blur(el);
    fireEvent.keyDown(el, { key: 'ArrowRight' });
    fireEvent.keyDown(el, { key: 'Tab' });
    fireEvent.keyDown(el, { key: 'ArrowRight' });
    expect(onNudge.mock.calls.map((c) => c[3])).toEqual([false, true, false, false]);
  });

  it('leaves the arrow keys alone with Ctrl, Alt or Meta held, and when the place cannot be moved', () => {
    const onNudge = vi.fn();
    const el = renderMarker(onNudge);
    fireEvent.keyDown(el, { key: 'ArrowRight', ctrlKey: true });
    fireEvent.keyDown(el, { key: 'ArrowRight', altKey: true });
    fireEvent.keyDown(el, { key: 'ArrowRight', metaKey: true });
    expect(onNudge).not.toHaveBeenCalled();
    expect(el.getAttribute('aria-describedby')).toBe(MARKER_KEYS_HELP_ID);
    cleanup();
    const fixed = renderMarker(undefined);
    expect(fireEvent.keyDown(fixed, { key: 'ArrowRight' })).toBe(true);
    expect(fixed.hasAttribute('aria-describedby')).toBe(false);
  });

  it('keeps a nudge across the antimeridian within [−180, 180] and short of the poles', () => {
    const onNudge = vi.fn();
    const edge = placeFixture('place:edge', 'Edge', 'town', [], [179.99, 84.99]);
    render(
      <MapContainer center={[84.99, 179.99]} zoom={3} style={{ width: 400, height: 300 }}>
        <PlaceMarker place={edge} articleText="" active={false} picked={false} onHoverPlace={noop} onPickPlace={noop} register={noop} onMove={noop} onNudge={onNudge} />
      </MapContainer>,
    );
    const el = document.querySelector<HTMLElement>('.place-marker')!;
    fireEvent.keyDown(el, { key: 'ArrowRight', shiftKey: true });
    fireEvent.keyDown(el, { key: 'ArrowUp', shiftKey: true });
    const lon = onNudge.mock.calls[0]![1] as number;
    const lat = onNudge.mock.calls[1]![2] as number;
    expect(lon).toBeLessThan(-170);
    expect(lon).toBeGreaterThanOrEqual(-180);
    expect(lat).toBeLessThanOrEqual(85);
  });
});
