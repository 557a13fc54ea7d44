// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimsPanel, FIGURES_SHOWN } from '../../../src/app/components/ClaimsPanel';
import { UnitContext } from '../../../src/app/lib/units';
import type { ClaimFeature } from '../../../src/core/geojson/types';

afterEach(cleanup);

const claim = (id: string, name: string, extra: Record<string, unknown>): ClaimFeature =>
  ({
    type: 'Feature',
    id,
    geometry: null,
    properties: { kind: 'claim', name, value: 1, unit: 'km', matches: [], verdict: `${name}: verdict`, mentions: [], ...extra },
  }) as ClaimFeature;

describe('ClaimsPanel', () => {
  it('lists each figure with its verdict, model and difference', () => {
    const claims = [
      claim('c1', '5799km', { status: 'match', computedKm: 5799.645, modelLabel: '6378.137 km sphere (web maps)', differenceKm: 0.645 }),
      claim('c2', '300 miles', { status: 'none' }),
    ];
    const { container } = render(<ClaimsPanel claims={claims} selectedId={null} onSelect={() => {}} />);
    const items = [...container.querySelectorAll('.claim')];
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('checks out');
    // Plain words for the model: no radius, no library name.
    expect(items[0]!.textContent).toContain('5,799.6 km on the sphere used by web maps (+0.6 km)');
    expect(items[0]!.textContent).not.toMatch(/6378|Turf|explained/);
    expect(items[1]!.textContent).toContain('does not check out');
    expect(items[1]!.classList.contains('claim--none')).toBe(true);
  });

  it('shows the figures in miles when the reader chose miles', () => {
    const claims = [claim('c1', '5799km', { status: 'match', computedKm: 5799.645, modelLabel: '6378.137 km sphere (web maps)', differenceKm: 0.645 })];
    const { container } = render(
      <UnitContext.Provider value="mi">
        <ClaimsPanel claims={claims} selectedId={null} onSelect={() => {}} />
      </UnitContext.Provider>,
    );
    expect(container.querySelector('.claim')!.textContent).toContain('3,603.7 mi on the sphere used by web maps (+0.4 mi)');
  });

  it('reports the chosen figure and marks it', () => {
    const onSelect = vi.fn();
    const c = claim('c1', '18km-long', { status: 'close' });
    const { container } = render(<ClaimsPanel claims={[c]} selectedId="c1" onSelect={onSelect} />);
    const button = container.querySelector('button')!;
    expect(button.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(button);
    expect(onSelect).toHaveBeenCalledWith(c);
  });

  it('says so when the article states no figures, and keeps markup as text', () => {
    const empty = render(<ClaimsPanel claims={[]} selectedId={null} onSelect={() => {}} />);
    expect(empty.container.textContent).toMatch(/no distances/);
    cleanup();
    const { container } = render(<ClaimsPanel claims={[claim('x', '<img src=x onerror=alert(1)>', { status: 'none' })]} selectedId={null} onSelect={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('ClaimsPanel with a long article’s figures', () => {
  const many = Array.from({ length: FIGURES_SHOWN * 2 + 7 }, (_, i) => claim(`c${i}`, `${i + 1} km`, { status: 'none' }));

  it('lists the first figures and the rest a click at a time', () => {
    const { container, getByRole } = render(<ClaimsPanel claims={many} selectedId={null} onSelect={() => {}} />);
    expect(container.querySelectorAll('.claim')).toHaveLength(FIGURES_SHOWN);
    fireEvent.click(getByRole('button', { name: `Show ${FIGURES_SHOWN} more of ${many.length} figures` }));
    expect(container.querySelectorAll('.claim')).toHaveLength(2 * FIGURES_SHOWN);
    fireEvent.click(getByRole('button', { name: `Show the last 7 of ${many.length} figures` }));
    expect([...container.querySelectorAll('.claim-figure')].map((e) => e.textContent)).toEqual(many.map((c) => `“${c.properties.name}”`));
    expect(container.querySelector('.claims-more')).toBeNull();
  });

  it('always lists the chosen figure, and starts again from the first for another article', () => {
    const chosen = many[FIGURES_SHOWN + 3]!;
    const { container, rerender } = render(<ClaimsPanel claims={many} selectedId={chosen.id} onSelect={() => {}} />);
    expect(container.querySelector('.claim.is-selected .claim-figure')!.textContent).toBe(`“${chosen.properties.name}”`);
    const other = many.slice(1);
    rerender(<ClaimsPanel claims={other} selectedId={null} onSelect={() => {}} />);
    expect(container.querySelectorAll('.claim')).toHaveLength(FIGURES_SHOWN);
  });
});
