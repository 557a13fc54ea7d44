// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_EXCERPTS, PlaceTooltip } from '../../../src/app/components/PlaceTooltip';
import { mapLayers } from '../../../src/app/lib/collection';
import { loadFixture, placeFixture } from '../helpers';

afterEach(cleanup);

describe('PlaceTooltip', () => {
  it('shows the name, the country and each distinct sentence with the mention emphasised', () => {
    const seed = loadFixture('seed-fixture.geojson');
    const moscow = mapLayers(seed).places.find((p) => p.properties.name === 'Moscow')!;
    const { container } = render(<PlaceTooltip place={moscow} articleText={seed.article.text!} countryName="Russia" />);
    expect(container.textContent).toContain('Moscow');
    expect(container.textContent).toContain('Russia');
    const items = [...container.querySelectorAll('li')];
    const distinct = new Set(moscow.properties.mentions.map((m) => m.excerpt)).size;
    expect(items).toHaveLength(Math.min(MAX_EXCERPTS, distinct));
    for (const li of items) {
      expect(li.querySelector('em')!.textContent).toBe('Moscow');
      expect(seed.article.text).toContain(li.textContent!);
    }
    expect(container.textContent).toContain(`${moscow.properties.mentions.length} mentions`);
    if (distinct > MAX_EXCERPTS) expect(container.textContent).toContain(`+${distinct - MAX_EXCERPTS} more sentences`);
  });

  it('keeps markup in excerpts as text', () => {
    const excerpt = '<b onmouseover=alert(1)>Ufa</b> is a city.';
    const at = excerpt.indexOf('Ufa');
    const place = placeFixture('place:ufa', 'Ufa', 'city', [{ start: at, end: at + 3, text: 'Ufa', excerpt }]);
    const { container } = render(<PlaceTooltip place={place} articleText={excerpt} />);
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('li')!.textContent).toBe(excerpt);
    expect(container.textContent).toContain('1 mention');
  });
});
