// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PossibleJourneys } from '../../../src/app/components/PossibleJourneys';
import type { RouteFeature } from '../../../src/core/geojson/types';

afterEach(cleanup);

const journey = {
  type: 'Feature',
  id: 'event:visit:rod-stewart:canada',
  geometry: null,
  properties: { kind: 'route', name: 'Rod Stewart visits Canada <b>', mentions: [], status: 'happened', certainty: 'possible', doubt: 'a tour of whole countries: the stops are not named' },
} as unknown as RouteFeature;

describe('PossibleJourneys', () => {
  it('lists each doubtful journey with its doubt, as text, and promotes it on request', () => {
    const onPromote = vi.fn();
    const { container, getByRole } = render(<PossibleJourneys journeys={[journey]} onPromote={onPromote} />);
    expect(container.textContent).toContain('Rod Stewart visits Canada <b> · happened');
    expect(container.textContent).toContain('a tour of whole countries');
    expect(container.querySelector('b')).toBeNull();
    fireEvent.click(getByRole('button', { name: 'Draw it' }));
    expect(onPromote).toHaveBeenCalledWith('event:visit:rod-stewart:canada');
  });

  it('renders nothing when there are none', () => {
    const { container } = render(<PossibleJourneys journeys={[]} onPromote={() => {}} />);
    expect(container.innerHTML).toBe('');
  });
});
