// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { MapContainer } from 'react-leaflet';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DropPin } from '../../../src/app/components/DropPin';
import { ShowAllPlaces } from '../../../src/app/components/ShowAllPlaces';

afterEach(cleanup);

const inMap = (child: React.ReactNode) => (
  <MapContainer center={[39, 125.75]} zoom={5} style={{ width: 400, height: 300 }}>
    {child}
  </MapContainer>
);

describe('map buttons as Leaflet controls', () => {
  it('puts each button in the map’s top-left control corner and takes it out on unmount', () => {
    const view = render(
      inMap(
        <>
          <DropPin onDrop={() => {}} />
          <ShowAllPlaces places={[]} />
        </>,
      ),
    );
    const corner = view.container.querySelector('.leaflet-top.leaflet-left')!;
    // Below Leaflet's zoom buttons, in the order rendered.
    expect([...corner.children].map((c) => c.className)).toEqual([
      'leaflet-control-zoom leaflet-bar leaflet-control',
      'leaflet-bar drop-pin leaflet-control',
      'leaflet-bar show-all-places leaflet-control',
    ]);
    // Nothing to show: the button says so by being disabled rather than fitting an empty box.
    expect(view.getByRole('button', { name: /Show all places/ }).hasAttribute('disabled')).toBe(true);
    view.rerender(inMap(null));
    expect(view.container.querySelector('.drop-pin, .show-all-places')).toBeNull();
  });

  it('drops a pin at the map’s centre from the keyboard path, and a click on the button is not a click on the map', () => {
    const onDrop = vi.fn();
    const view = render(inMap(<DropPin onDrop={onDrop} />));
    fireEvent.click(view.getByRole('button', { name: /Drop a pin/ }));
    expect(view.getByRole('status').textContent).toContain('Click the map where the place is');
    expect(onDrop).not.toHaveBeenCalled();
    // Armed now: were this click also the map's, it would drop a second pin where it landed.
    fireEvent.click(view.getByRole('button', { name: 'At the map’s centre' }));
    expect(onDrop).toHaveBeenCalledTimes(1);
    const [lon, lat] = onDrop.mock.calls[0]!;
    expect(lon).toBeCloseTo(125.75, 6);
    expect(lat).toBeCloseTo(39, 6);
    expect(view.queryByRole('status')).toBeNull();
  });
});
