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

  it('names the division and country from the scalar properties the core adds (a hand-built Paris, Missouri)', () => {
    const text = 'The river rose at Paris overnight.';
    const at = text.indexOf('Paris');
    const place = placeFixture('place:paris', 'Paris', 'town', [{ start: at, end: at + 5, text: 'Paris', excerpt: text }]);
    Object.assign(place.properties, {
      countryCode: 'US',
      admin1Name: 'Missouri',
      countryName: 'United States',
      confidence: 0.45,
      candidates: [1, 2, 3].map((i) => ({ name: 'Paris', gazetteer: { source: 'geonames', id: String(i) }, placeType: 'town', countryCode: 'US', lon: 0, lat: 0, score: 1 })),
    });
    const { container } = render(<PlaceTooltip place={place} articleText={text} countryName="ignored: the feature names its country" />);
    expect(container.querySelector('.place-tooltip-title')!.textContent).toBe('Paris, Missouri, United States · City or town');
    expect(container.querySelector('.place-tooltip-certainty')!.textContent).toBe('uncertain: 3 other places have this name');
  });

  it('falls back gracefully without them: the country from its code, no division, and never the raw code once named', () => {
    const place = placeFixture('place:kazan', 'Kazan', 'city', []);
    const named = render(<PlaceTooltip place={place} articleText="" countryName="Russia" />);
    expect(named.container.querySelector('.place-tooltip-title')!.textContent).toBe('Kazan, Russia · City or town');
    named.unmount();
    // Before the browser's country names are loaded, the code stands in.
    const coded = render(<PlaceTooltip place={place} articleText="" />);
    expect(coded.container.querySelector('.place-tooltip-title')!.textContent).toBe('Kazan, RU · City or town');
    coded.unmount();
    // A place in no country (a sea) and a file's admin1 code: the name alone.
    Object.assign(place.properties, { countryCode: '', admin1: '24' });
    const bare = render(<PlaceTooltip place={place} articleText="" />);
    expect(bare.container.querySelector('.place-tooltip-title')!.textContent).toBe('Kazan · City or town');
  });

  it('keeps a hostile division name as text', () => {
    const place = placeFixture('place:x', 'X', 'town', []);
    Object.assign(place.properties, { admin1Name: '<img src=x onerror=alert(1)>', countryName: 'Y' });
    const { container } = render(<PlaceTooltip place={place} articleText="" />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('X, <img src=x onerror=alert(1)>, Y');
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
