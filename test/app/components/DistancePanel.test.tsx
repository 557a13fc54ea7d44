// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DistancePanel } from '../../../src/app/components/DistancePanel';
import { PLAIN_MODELS } from '../../../src/app/lib/plainWords';
import { placeFixture } from '../helpers';

afterEach(cleanup);

// GeoNames coordinates of the two capitals.
const moscow = placeFixture('place:moscow', 'Moscow', 'capital', [], [37.61556, 55.75222]);
const beijing = placeFixture('place:beijing', 'Beijing', 'capital', [], [116.39723, 39.9075]);

describe('DistancePanel', () => {
  it('shows Moscow–Beijing as 5,793 km on a round Earth and 5,808 km on its true shape, each labelled in plain words', () => {
    const { container } = render(<DistancePanel places={[moscow, beijing]} pickedIds={['place:moscow', 'place:beijing']} onChange={() => {}} />);
    const row = (model: string) => container.querySelector(`tr[data-model="${model}"]`)!;
    expect(row('turf').textContent).toMatch(/5,793\.\d km/);
    expect(row('turf').textContent).toContain(PLAIN_MODELS.turf.label);
    expect(row('ellipsoid').textContent).toMatch(/5,808\.\d km/);
    expect(row('ellipsoid').textContent).toContain(PLAIN_MODELS.ellipsoid.label);
    expect(row('web-sphere').textContent).toContain('sphere used by web maps');
    expect(container.textContent).not.toMatch(/Turf|6371|R \d/);
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
