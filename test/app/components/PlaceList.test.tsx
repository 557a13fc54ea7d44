// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlaceList } from '../../../src/app/components/PlaceList';
import { mapLayers } from '../../../src/app/lib/collection';
import { MARKER_STYLES, markerClassOf } from '../../../src/app/lib/placeStyle';
import { loadFixture } from '../helpers';

afterEach(cleanup);

describe('PlaceList', () => {
  const { places } = mapLayers(loadFixture('seed-fixture.geojson'));

  it('lists every place once, under the heading of its kind', () => {
    const { container } = render(<PlaceList places={places} activePlaceId={null} onHoverPlace={() => {}} onShowPlace={() => {}} />);
    const buttons = [...container.querySelectorAll('button[data-place-id]')];
    expect(buttons.map((b) => b.getAttribute('data-place-id')).sort()).toEqual(places.map((p) => p.id).sort());
    for (const p of places) {
      const group = container.querySelector(`[data-place-id="${p.id}"]`)!.closest('.place-group')!;
      expect(group.querySelector('h3')!.textContent).toContain(MARKER_STYLES[markerClassOf(p.properties.placeType)].label);
    }
  });

  it('works from the keyboard: focus highlights, Enter/click shows the place', () => {
    const onHover = vi.fn();
    const onShow = vi.fn();
    render(<PlaceList places={places} activePlaceId={null} onHoverPlace={onHover} onShowPlace={onShow} />);
    const button = screen.getByRole('button', { name: /Panmunjom/ });
    fireEvent.focus(button);
    expect(onHover).toHaveBeenLastCalledWith('place:panmunjom');
    fireEvent.click(button);
    expect(onShow).toHaveBeenCalledWith('place:panmunjom');
    fireEvent.blur(button);
    expect(onHover).toHaveBeenLastCalledWith(null);
  });

  it('says so when there are no places', () => {
    const { container } = render(<PlaceList places={[]} activePlaceId={null} onHoverPlace={() => {}} onShowPlace={() => {}} />);
    expect(container.textContent).toMatch(/No places/);
  });
});
