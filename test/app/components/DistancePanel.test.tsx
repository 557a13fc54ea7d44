// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DistancePanel } from '../../../src/app/components/DistancePanel';
import { DISTANCE_MODELS } from '../../../src/core/geo/distance';
import { placeFixture } from '../helpers';

afterEach(cleanup);

// GeoNames coordinates of the two capitals.
const moscow = placeFixture('place:moscow', 'Moscow', 'capital', [], [37.61556, 55.75222]);
const beijing = placeFixture('place:beijing', 'Beijing', 'capital', [], [116.39723, 39.9075]);

describe('DistancePanel', () => {
  it('shows Moscow–Beijing as 5,793 km on Turf’s sphere and 5,808 km on the WGS84 ellipsoid, each labelled', () => {
    const { container } = render(<DistancePanel places={[moscow, beijing]} pickedIds={['place:moscow', 'place:beijing']} onChange={() => {}} />);
    const row = (model: string) => container.querySelector(`tr[data-model="${model}"]`)!;
    expect(row('turf').textContent).toMatch(/5,793\.\d km/);
    expect(row('turf').textContent).toContain(DISTANCE_MODELS.turf.label);
    expect(row('ellipsoid').textContent).toMatch(/5,808\.\d km/);
    expect(row('ellipsoid').textContent).toContain(DISTANCE_MODELS.ellipsoid.label);
  });

  it('lets the pair be chosen with the selects and asks for a second place', () => {
    const onChange = vi.fn();
    const { rerender } = render(<DistancePanel places={[moscow, beijing]} pickedIds={[]} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: 'place:beijing' } });
    expect(onChange).toHaveBeenLastCalledWith(['place:beijing']);
    rerender(<DistancePanel places={[moscow, beijing]} pickedIds={['place:beijing']} onChange={onChange} />);
    expect(screen.getByText(/From Beijing: pick a second place/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('To'), { target: { value: 'place:moscow' } });
    expect(onChange).toHaveBeenLastCalledWith(['place:beijing', 'place:moscow']);
  });
});
