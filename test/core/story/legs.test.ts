/** Legs of a trip and their status, on one-sentence texts with hand-built places (GeoNames coordinates). */
import { describe, expect, it } from 'vitest';
import { extractStory } from '../../../src/core/story';
import { capitalsFromSpec, type PlaceSpec, placesFromSpec } from './placeSpec';

const SPECS: PlaceSpec[] = [
  { id: 'place:germany', name: 'Germany', lon: 9, lat: 51, placeType: 'country', countryCode: 'DE', demonyms: ['German'] },
  { id: 'place:berlin', name: 'Berlin', lon: 13.41053, lat: 52.52437, placeType: 'capital', countryCode: 'DE', surfaces: ['Berlin'] },
  { id: 'place:washington', name: 'Washington', lon: -77.03637, lat: 38.89511, placeType: 'capital', countryCode: 'US', surfaces: ['Washington'] },
  { id: 'place:ottawa', name: 'Ottawa', lon: -75.69812, lat: 45.41117, placeType: 'capital', countryCode: 'CA', surfaces: ['Ottawa'] },
  { id: 'place:spain', name: 'Spain', lon: -4, lat: 40, placeType: 'country', countryCode: 'ES', surfaces: ['Spain'], demonyms: ['Spanish'] },
  { id: 'place:madrid', name: 'Madrid', lon: -3.70256, lat: 40.4165, placeType: 'capital', countryCode: 'ES' },
  { id: 'place:rabat', name: 'Rabat', lon: -6.83255, lat: 34.01325, placeType: 'capital', countryCode: 'MA', surfaces: ['Rabat'] },
  { id: 'place:china', name: 'China', lon: 105, lat: 35, placeType: 'country', countryCode: 'CN', demonyms: ['Chinese'] },
  { id: 'place:beijing', name: 'Beijing', lon: 116.39723, lat: 39.9075, placeType: 'capital', countryCode: 'CN', surfaces: ['Beijing'] },
];

function story(text: string) {
  return extractStory(text, placesFromSpec(text, SPECS), { id: 'l', title: 'l', published: '2024-05-15' }, { capitalOf: capitalsFromSpec(SPECS) });
}

describe('legs', () => {
  it('a date between two stops does not end the tour: "to Washington on Tuesday, then on to Ottawa"', () => {
    const s = story('German Chancellor Anna Weber flew to Washington on Tuesday, then on to Ottawa.');
    expect(s.routes.map((r) => `${r.properties.from}>${r.properties.to}`)).toEqual(['place:berlin>place:washington', 'place:washington>place:ottawa']);
  });

  it('a demonym opening the next clause is not a further stop', () => {
    const s = story('During a visit to Washington in early May, Chinese Foreign Minister Li Wei said talks went well.');
    expect(s.routes.map((r) => r.id)).toEqual(['route:li-wei:beijing-washington']);
  });

  it('a postponed visit is still ahead (planned), not something that happened', () => {
    const s = story('Spanish Foreign Minister Luis Gomez postponed his visit to Rabat until next year.');
    expect(s.routes[0]?.properties).toMatchObject({ from: 'place:madrid', to: 'place:rabat', status: 'planned' });
  });
});

describe('journeys with no named traveller', () => {
  it('"a delegation flew from Berlin to Washington": the group is the traveller', () => {
    const s = story('A trade delegation flew from Berlin to Washington on Monday, then on to Ottawa.');
    expect(s.routes.map((r) => r.id)).toEqual(['route:group-a-trade-delegation:berlin-washington', 'route:group-a-trade-delegation:washington-ottawa']);
    expect(s.routes[0]?.properties).toMatchObject({ actors: ['A trade delegation'], status: 'happened', origin: 'stated' });
    expect(s.routes[0]?.properties.date).toMatchObject({ start: '2024-05-13' });
    expect(s.routes[1]?.properties).toMatchObject({ origin: 'previous-stop' });
    // Less sure than a named person's journey: the text does not say who travelled.
    const named = story('German Chancellor Anna Weber flew from Berlin to Washington on Monday.');
    expect(s.routes[0]!.properties.confidence).toBeLessThan(named.routes[0]!.properties.confidence);
  });

  it('people fleeing, and a country as the origin (the country itself: no official goes to its capital)', () => {
    const s = story('Thousands fled from Spain to Rabat last week.');
    expect(s.routes[0]?.properties).toMatchObject({ from: 'place:spain', to: 'place:rabat', actors: [] });
  });

  it('needs a stated origin and a movement cue: no route from "to Beijing" alone, a range, or a named person twice', () => {
    expect(story('Officials will travel to Beijing next week.').routes).toEqual([]);
    expect(story('Prices rose from Berlin to Beijing.').routes).toEqual([]);
    expect(story('The road from Berlin to Ottawa was closed.').routes).toEqual([]);
    const s = story('German Chancellor Anna Weber flew from Berlin to Washington on Monday.');
    expect(s.routes.map((r) => r.properties.actors)).toEqual([['Anna Weber']]);
  });

  it('two unnamed journeys to one place from different origins stay apart', () => {
    const s = story('Thousands fled from Berlin to Ottawa on Monday. Hundreds more fled from Washington to Ottawa on Tuesday.');
    expect(s.routes.map((r) => r.id).sort()).toEqual(['route:berlin-ottawa', 'route:washington-ottawa']);
  });

  it('"a bus that went from Berlin to Ottawa" is a vehicle’s run: a possible journey, not drawn', () => {
    const s = story('A lost parrot turned up on a bus that went from Berlin to Ottawa on Sunday.');
    expect(s.routes).toEqual([]);
    expect(s.possible.map((r) => r.properties.name)).toEqual(['Berlin → Ottawa']);
  });
});

describe('destinations described, owned and implied', () => {
  /** Lena is a given name, so "Lena Vogel" is a person without a title. */
  const NAMES = { isGivenName: (w: string) => w === 'lena', isCommonWord: () => false };
  const story = (text: string) =>
    extractStory(text, placesFromSpec(text, SPECS), { id: 'l', title: 'l', published: '2024-05-15' }, { capitalOf: capitalsFromSpec(SPECS), names: NAMES });
  const visits = (text: string) => {
    const s = story(text);
    return [...s.routes, ...s.events.filter((e) => e.properties.eventType === 'visit')].map((f) => f.id);
  };

  it('"the capital" is the one capital the article names, and nothing when it names several', () => {
    expect(visits('Ottawa would not move, officials in Ottawa said. Provincial ministers travelled to the capital on Sunday.')).toEqual([
      'event:visit:group-provincial-ministers:ottawa',
    ]);
    expect(visits('Ottawa and Washington would not move, Ottawa said. Provincial ministers travelled to the capital on Sunday.')).toEqual([]);
    // A capital named once is a passing mention: "the capital" may be another one.
    expect(visits('Ottawa would not move. Provincial ministers travelled to the capital on Sunday.')).toEqual([]);
  });

  it('a determiner makes "a rented house in Ottawa" a destination; "to work in Ottawa" is an errand', () => {
    expect(visits('Lena Vogel moved to a rented house in Ottawa.')).toEqual(['event:visit:lena-vogel:ottawa']);
    expect(visits('Lena Vogel went to work in Ottawa.')).toEqual([]);
  });

  it('an owner before a place and a noun of travel is the traveller; a bare "the Berlin trip" names no one', () => {
    expect(visits('Lena Vogel said her Berlin trip was a success.')).toEqual(['event:visit:lena-vogel:berlin']);
    expect(visits("Critics attacked Vogel's Berlin trips. Lena Vogel said nothing.")).toEqual(['event:visit:lena-vogel:berlin']);
    expect(visits('Critics attacked the Berlin trips.')).toEqual([]);
  });

  it('"will spend the summer in Berlin" is a planned journey; "spent years in Berlin" is none', () => {
    const s = story('Lena Vogel will spend the summer at a friend’s house in Berlin.');
    expect(s.events.map((e) => [e.id, e.properties.status])).toEqual([['event:visit:lena-vogel:berlin', 'planned']]);
    expect(visits('Lena Vogel spent years in Berlin.')).toEqual([]);
  });

  it('"after a layover in Berlin" is where the last leg began', () => {
    const s = story('Lena Vogel finally made it to Ottawa after a six-hour layover in Berlin.');
    expect(s.routes.map((r) => [r.id, r.properties.origin])).toEqual([['route:lena-vogel:berlin-ottawa', 'stated']]);
    expect(story('Lena Vogel finally made it to Ottawa after a six-hour wait.').routes).toEqual([]);
  });

  it('"after stops in Berlin and Rabat": the last leg began at the last stop named', () => {
    const s = story('Lena Vogel arrived in Ottawa on Friday after stops in Berlin and Rabat.');
    expect(s.routes.map((r) => [r.id, r.properties.origin])).toEqual([['route:lena-vogel:rabat-ottawa', 'stated']]);
    expect(story('Lena Vogel arrived in Ottawa on Friday after a stop in Berlin.').routes.map((r) => r.id)).toEqual(['route:lena-vogel:berlin-ottawa']);
  });

  it('"is due in Berlin" is a scheduled arrival', () => {
    const s = story('German President Lena Vogel is due in Ottawa on Monday.');
    expect(s.routes.map((r) => [r.id, r.properties.status])).toEqual([['route:lena-vogel:berlin-ottawa', 'planned']]);
    expect(story('German President Lena Vogel is due to speak on Monday.').routes).toEqual([]);
  });

  it('the place left before "and moved" is the origin', () => {
    const s = story('Lena Vogel sold her flat in Berlin and moved with her husband to Ottawa.');
    expect(s.routes.map((r) => r.id)).toEqual(['route:lena-vogel:berlin-ottawa']);
    expect(s.routes[0]?.properties.origin).toBe('stated');
  });
});

describe('pronouns after a quoted source', () => {
  it('a speaker is still the one "She" stands for when nobody else is in reach', () => {
    const s = story('German Chancellor Anna Weber said the talks were hard. She flew to Ottawa on Monday.');
    expect(s.routes.map((r) => r.id)).toEqual(['route:anna-weber:berlin-ottawa']);
  });

  it('a source quoted about the traveller is passed over for the person the story follows', () => {
    const s = story(
      'German Chancellor Anna Weber flew to Washington on Monday. Her spokesman, Spanish Foreign Minister Luis Gomez, said the talks were hard. She flew on to Ottawa on Tuesday.',
    );
    expect(s.routes.map((r) => r.id)).toEqual(['route:anna-weber:berlin-washington', 'route:anna-weber:washington-ottawa']);
  });
});
