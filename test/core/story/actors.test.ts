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

  it('a title alone refers to the one person already given it', () => {
    const s = story('Mexican Foreign Minister Ana Ruiz met reporters. The Mexican Foreign Minister later flew to Paris.');
    expect(s.routes[0]?.properties.actors).toEqual(['Ana Ruiz']);
  });

  it('an office of a named country is one person even unnamed, and a later bare title is them too', () => {
    const s = story("Mexico's foreign minister landed in Paris on Monday. The foreign minister will fly on to Ottawa.");
    expect(s.routes.map((r) => [r.properties.actors, r.properties.from, r.properties.to, r.properties.status])).toEqual([
      [["Mexico's foreign minister"], 'place:mexico-city', 'place:paris', 'happened'],
      [["Mexico's foreign minister"], 'place:paris', 'place:ottawa', 'planned'],
    ]);
    // Offices a country has many of name no one in particular.
    expect(story('A Mexican minister flew to Paris.').routes).toEqual([]);
    expect(story('The Mexican ambassador flew to Paris.').routes).toEqual([]);
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

  describe('people named without a title', () => {
    // Test word lists; the pipeline passes the gazetteer's (given names from @stdlib's lists, common words).
    const given = new Set(['ana', 'tomas', 'grace', 'rose', 'may', 'fred', 'will']);
    const common = new Set(['grace', 'rose', 'garden', 'will', 'may', 'day']);
    const names = { isGivenName: (w: string) => given.has(w), isCommonWord: (w: string) => common.has(w) };
    const untitled = (text: string) =>
      extractStory(text, placesFromSpec(text, SPECS), { id: 't', title: 't', published: '2024-01-10' }, { capitalOf: capitalsFromSpec(SPECS), names });

    it('a given name and a surname make a person, followed by surname and pronoun', () => {
      const s = untitled('Ana Ruiz landed in Paris on Monday. Ruiz met students there. She flew on to Ottawa on Tuesday.');
      expect(s.actors).toEqual([expect.objectContaining({ id: 'ana-ruiz', name: 'Ana Ruiz', role: undefined, countryCode: undefined })]);
      expect(s.events[0]?.properties).toMatchObject({ eventType: 'visit', place: 'place:paris', participants: ['Ana Ruiz'] });
      expect(s.routes.map((r) => r.id)).toEqual(['route:ana-ruiz:paris-ottawa']);
      expect(s.routes[0]?.properties).toMatchObject({ origin: 'previous-stop', status: 'happened' });
    });

    it('only with the word lists: without them (or with a lone given name) no one is introduced', () => {
      expect(story('Ana Ruiz landed in Paris on Monday.').actors).toEqual([]);
      expect(untitled('Tomas landed in Paris on Monday.').actors).toEqual([]);
    });

    it('is not fooled by buildings, common words, months or places', () => {
      const s = untitled(
        'Grace Church sent a choir to Paris. The Rose Garden reopened. May Day marches reached Paris. Walter Price Jr. Museum lent a painting to Paris. Will Mexico send troops to Paris?',
      );
      expect(s.actors).toEqual([]);
      expect(s.routes).toEqual([]);
    });

    it('a name no list knows is a person when it does what people do ("… flew", "… said")', () => {
      const s = untitled('Volodymyr Zelensky flew from Paris to Ottawa on Monday. Meanwhile Olaf Scholz said little.');
      expect(s.actors.map((a) => a.name)).toEqual(['Volodymyr Zelensky', 'Olaf Scholz']);
      expect(s.routes.map((r) => r.id)).toEqual(['route:volodymyr-zelensky:paris-ottawa']);
      // Without such a verb, an unknown capitalised pair is not a person.
      expect(untitled('The Olaf Scholz plan reached Paris.').actors).toEqual([]);
      // A known given name further in starts the name: the word before it is no part of it.
      expect(untitled('Soon Ana Ruiz flew to Paris.').actors.map((a) => a.name)).toEqual(['Ana Ruiz']);
    });

    it('a month before a name is a date, not part of the name', () => {
      const s = untitled('In May Ana Ruiz flew from Paris to Ottawa.');
      expect(s.actors.map((a) => a.name)).toEqual(['Ana Ruiz']);
      expect(s.routes[0]?.id).toBe('route:ana-ruiz:paris-ottawa');
    });

    it('a titled introduction wins over the untitled reading of the same words', () => {
      const s = untitled('Mexican President Ana Ruiz flew to Ottawa on Monday.');
      expect(s.actors).toEqual([expect.objectContaining({ name: 'Ana Ruiz', role: 'President', countryCode: 'MX' })]);
      expect(s.routes[0]?.id).toBe('route:ana-ruiz:mexico-city-ottawa');
    });
  });

  it('a Title Case headline introduces no one', () => {
    const s = story('French Leader Louis Martin Accepts Invitation To Visit Ottawa');
    expect(s.actors).toEqual([]);
  });
});
