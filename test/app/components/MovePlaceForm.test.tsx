// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MovePlaceForm } from '../../../src/app/components/MovePlaceForm';

afterEach(cleanup);

function open(coordinates: [number, number] = [125.7625, 39.0392]) {
  const onMove = vi.fn();
  render(<MovePlaceForm coordinates={coordinates} name="Pyongyang" onMove={onMove} />);
  return { onMove, lat: screen.getByLabelText(/Latitude/) as HTMLInputElement, lon: screen.getByLabelText(/Longitude/) as HTMLInputElement };
}

describe('MovePlaceForm', () => {
  it('starts at the place and moves it to typed coordinates (longitude, latitude, as a drag would)', () => {
    const { onMove, lat, lon } = open();
    expect([lat.value, lon.value]).toEqual(['39.0392', '125.7625']);
    fireEvent.change(lat, { target: { value: '39.02' } });
    fireEvent.change(lon, { target: { value: '125.75° E' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move here' }));
    expect(onMove).toHaveBeenCalledWith(125.75, 39.02);
  });

  it('steps with the arrow keys: Up and Down by 0.01°, Shift ten times that, Alt+Left/Right the longitude', () => {
    const { onMove, lat, lon } = open();
    fireEvent.keyDown(lat, { key: 'ArrowUp' });
    fireEvent.keyDown(lat, { key: 'ArrowUp', shiftKey: true });
    expect(lat.value).toBe('39.1492');
    fireEvent.keyDown(lon, { key: 'ArrowDown' });
    fireEvent.keyDown(lon, { key: 'ArrowLeft', altKey: true });
    expect(lon.value).toBe('125.7425');
    // Left without Alt moves the caret, not the place.
    fireEvent.keyDown(lon, { key: 'ArrowLeft' });
    expect(lon.value).toBe('125.7425');
    fireEvent.submit(lat.form!);
    expect(onMove).toHaveBeenCalledWith(125.7425, 39.1492);
  });

  it('stops at the poles and the date line', () => {
    const { lat } = open([179.999, 89.995]);
    fireEvent.keyDown(lat, { key: 'ArrowUp' });
    expect(lat.value).toBe('90');
  });

  it('fills both fields from a pasted pair', () => {
    const { onMove, lat, lon } = open();
    fireEvent.paste(lon, { clipboardData: { getData: () => '-33.8688, 151.2093' } });
    expect([lat.value, lon.value]).toEqual(['-33.8688', '151.2093']);
    fireEvent.click(screen.getByRole('button', { name: 'Move here' }));
    expect(onMove).toHaveBeenCalledWith(151.2093, -33.8688);
  });

  it('says what is wrong and moves nothing', () => {
    const { onMove, lat, lon } = open();
    fireEvent.change(lat, { target: { value: '95' } });
    fireEvent.change(lon, { target: { value: 'east' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move here' }));
    expect(onMove).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe(
      'Not moved: a latitude lies between −90 and 90 degrees; “east” is not a longitude in degrees.',
    );
  });
});
