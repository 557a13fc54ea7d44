/**
 * False stories found by running the pipeline over a local-news corpus, rewritten as short original
 * sentences: each must yield no route and no event.
 */
import { describe, expect, it } from 'vitest';
import { extractStory } from '../../../src/core/story';
import { capitalsFromSpec, type PlaceSpec, placesFromSpec } from './placeSpec';

const SPECS: PlaceSpec[] = [
  { id: 'place:grand-prairie', name: 'Grand Prairie', lon: -96.99778, lat: 32.74596, placeType: 'city', countryCode: 'US', surfaces: ['Grand Prairie'] },
  { id: 'place:denver', name: 'Denver', lon: -104.9847, lat: 39.73915, placeType: 'city', countryCode: 'US', surfaces: ['Denver'] },
  { id: 'place:middle-east', name: 'Middle East', lon: 45, lat: 29, placeType: 'region', countryCode: '', surfaces: ['Middle East'] },
  { id: 'place:pontiac', name: 'Pontiac', lon: -83.29105, lat: 42.63892, placeType: 'city', countryCode: 'US', surfaces: ['Pontiac'] },
  { id: 'place:egypt', name: 'Egypt', lon: 30, lat: 27, placeType: 'country', countryCode: 'EG', surfaces: ['Egypt'], demonyms: ['Egyptian'] },
  { id: 'place:cairo', name: 'Cairo', lon: 31.24967, lat: 30.06263, placeType: 'capital', countryCode: 'EG' },
  { id: 'place:milton', name: 'Milton', lon: -71.06616, lat: 42.24954, placeType: 'town', countryCode: 'US', surfaces: ['Milton'] },
];

function story(text: string) {
  return extractStory(text, placesFromSpec(text, SPECS), { id: 'r', title: 'r', published: '2010-03-10' }, { capitalOf: capitalsFromSpec(SPECS) });
}

describe('story regressions', () => {
  it.each([
    ['a street named Forum', 'Officers stopped the van near Forum Drive in Grand Prairie on Sunday.'],
    ['lines that meet at a place', 'Under the plan the two county lines would meet at Milton.'],
    ['peace that comes to a region', 'Egyptian President Omar Said doubted that calm would come to the Middle East this year.'],
    ['a speaker at home', 'Company president Jo Park said by phone from Denver on Friday that the plant would reopen.'],
    ['a car model', 'The driver of a white Pontiac Sunfire was treated at the scene.'],
    ['a sports cup', 'Egyptian Cup holders won again on Saturday.'],
  ])('%s', (_what, text) => {
    const s = story(text);
    expect(s.routes).toEqual([]);
    expect(s.events).toEqual([]);
  });
});

describe('story status regressions', () => {
  it('"Planning Group" in a name is no plan: a meeting that was held happened', () => {
    const s = story('The County Road Planning Group held a meeting on Wednesday at the Milton library.');
    expect(s.events[0]?.properties).toMatchObject({ place: 'place:milton', status: 'happened' });
  });

  it('a headline meeting that "will discuss" is ahead', () => {
    const s = story('Meeting in Milton will discuss the new census.');
    expect(s.events[0]?.properties).toMatchObject({ place: 'place:milton', status: 'planned' });
  });
});
