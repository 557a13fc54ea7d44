/** People, roles and references, on small texts with hand-built places. */
import { describe, expect, it } from 'vitest';
import { extractStory } from '../../../src/core/story';
import { capitalsFromSpec, type PlaceSpec, placesFromSpec } from './placeSpec';

const SPECS: PlaceSpec[] = [
  { id: 'place:france', name: 'France', lon: 2, lat: 46, placeType: 'country', countryCode: 'FR', surfaces: ['France'], demonyms: ['French'] },
  { id: 'place:paris', name: 'Paris', lon: 2.3488, lat: 48.85341, placeType: 'capital', countryCode: 'FR', surfaces: ['Paris'] },
  { id: 'place:mexico', name: 'Mexico', lon: -102, lat: 23, placeType: 'country', countryCode: 'MX', surfaces: ['Mexico'], demonyms: ['Mexican'] },
  { id: 'place:mexico-city', name: 'Mexico City', lon: -99.12766, lat: 19.42847, placeType: 'capital', countryCode: 'MX', surfaces: ['Mexico City'] },
  { id: 'place:ottawa', name: 'Ottawa', lon: -75.69812, lat: 45.41117, placeType: 'capital', countryCode: 'CA', surfaces: ['Ottawa'] },
];

function story(text: string) {
  return extractStory(text, placesFromSpec(text, SPECS), { id: 't', title: 't', published: '2024-01-10' }, { capitalOf: capitalsFromSpec(SPECS) });
}

describe('actors', () => {
  it('reads an appositive title: "Name, the French president,"', () => {
    const s = story('Louis Martin, the French president, flew to Ottawa on Monday.');
    expect(s.actors).toEqual([expect.objectContaining({ name: 'Louis Martin', role: 'President', countryCode: 'FR' })]);
    expect(s.routes[0]?.properties).toMatchObject({ from: 'place:paris', to: 'place:ottawa', origin: 'home-capital' });
  });

  it('"President of France X" and a later short form', () => {
    const s = story('The President of France Louis Martin spoke on Monday. Martin will travel to Mexico City in March.');
    expect(s.actors[0]).toMatchObject({ name: 'Louis Martin', countryCode: 'FR' });
    expect(s.routes[0]?.properties).toMatchObject({ to: 'place:mexico-city', status: 'planned' });
    expect(s.routes[0]?.properties.date.start).toBe('2024-03-01');
  });

  it('a title alone refers to the one person already given it, not to someone unknown', () => {
    const s = story('Mexican Foreign Minister Ana Ruiz met reporters. The Mexican Foreign Minister later flew to Paris.');
    expect(s.routes[0]?.properties.actors).toEqual(['Ana Ruiz']);
    const unknown = story('The Mexican Foreign Minister flew to Paris.');
    expect(unknown.routes).toEqual([]);
  });

  it('two people sharing a short form: the short form stays unresolved', () => {
    const s = story('French President Louis Martin and French Finance Minister Claire Martin spoke. Martin flew to Ottawa.');
    expect(s.actors.map((a) => a.name).sort()).toEqual(['Claire Martin', 'Louis Martin']);
    // The trip's subject is ambiguous: no route is invented for either.
    expect(s.routes).toEqual([]);
  });

  it('a visitor with no known country gets an event at the destination, not a route', () => {
    const s = story('Envoy Tomas Berg arrived in Paris on Tuesday.');
    expect(s.routes).toEqual([]);
    expect(s.events[0]?.properties).toMatchObject({ eventType: 'visit', place: 'place:paris', participants: ['Tomas Berg'] });
  });

  it('"X and Y will travel to Z" moves both', () => {
    const s = story('French President Louis Martin and Mexican President Ana Ruiz will travel to Ottawa next week.');
    expect(s.routes.map((r) => r.id).sort()).toEqual(['route:ana-ruiz:mexico-city-ottawa', 'route:louis-martin:paris-ottawa']);
  });

  it('a Title Case headline introduces no one', () => {
    const s = story('French Leader Louis Martin Accepts Invitation To Visit Ottawa');
    expect(s.actors).toEqual([]);
  });
});
