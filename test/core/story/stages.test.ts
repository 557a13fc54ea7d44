/**
 * The story reader's stages one by one, on one-sentence texts with hand-built places (GeoNames
 * coordinates): groups as travellers, modality (generic, hypothetical, roads), incidents, and the weights
 * table every confidence comes from.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { attendeesOf, displacementIn, groupBefore } from '../../../src/core/story/groups';
import { findIncidents } from '../../../src/core/story/incidents';
import { isGeneralStatement, isHypothetical, isNetworkSentence } from '../../../src/core/story/modality';
import { PlaceIndex } from '../../../src/core/story/places';
import { DOUBTS, STORY_LIMITS, STORY_WEIGHTS } from '../../../src/core/story/weights';
import { readDocument } from '../../../src/core/text/document';
import { type PlaceSpec, placesFromSpec } from './placeSpec';

const SPECS: PlaceSpec[] = [
  { id: 'place:russia', name: 'Russia', lon: 100, lat: 60, placeType: 'country', countryCode: 'RU', demonyms: ['Russian'] },
  { id: 'place:cuba', name: 'Cuba', lon: -80, lat: 22, placeType: 'country', countryCode: 'CU', surfaces: ['Cuba'] },
  { id: 'place:ankara', name: 'Ankara', lon: 32.85427, lat: 39.91987, placeType: 'capital', countryCode: 'TR', surfaces: ['Ankara'] },
  { id: 'place:lyon', name: 'Lyon', lon: 4.84671, lat: 45.74846, placeType: 'city', countryCode: 'FR', surfaces: ['Lyon'] },
];

/** The sentence, its place index, and the token index of `cue`. */
function at(text: string, cue: string) {
  const s = readDocument(text).sentences[0]!;
  const index = new PlaceIndex(placesFromSpec(text, SPECS));
  return { s, index, cue: s.tokens.findIndex((t) => t.text === cue) };
}

describe('groups', () => {
  it('a demonym and a plural noun before the verb group is the traveller', () => {
    const { s, index, cue } = at('The Kremlin said on Monday that Russian inspectors would fly to Lyon.', 'fly');
    expect(groupBefore(s, cue, index)).toMatchObject({ name: 'Russian inspectors', generic: false });
  });

  it('a group with its origin: "migrants from Cuba have been making their way"', () => {
    const { s, index, cue } = at('Hundreds of migrants from Cuba have been making their way north to Lyon.', 'making');
    const g = groupBefore(s, cue, index);
    expect(g).toMatchObject({ name: 'Hundreds of migrants from Cuba', generic: false });
    expect(g?.origin?.place.id).toBe('place:cuba');
  });

  it('a named body, and a group noun "of" a named body', () => {
    const a = at('Real Madrid travelled to Lyon.', 'travelled');
    expect(groupBefore(a.s, a.cue, a.index)?.name).toBe('Real Madrid');
    const b = at('Members of the 25th Infantry Division are heading to Lyon.', 'heading');
    expect(groupBefore(b.s, b.cue, b.index)?.name).toBe('Members of the 25th Infantry Division');
  });

  it('a trip noun after a light verb: "The Trade Office of Lyon completed missions to"', () => {
    const { s, index, cue } = at('The Trade Office of Lyon completed missions to Ankara.', 'missions');
    expect(groupBefore(s, cue, index)?.name).toBe('The Trade Office of Lyon');
  });

  it('people in general are a generic group, no traveller', () => {
    const { s, index, cue } = at('Drivers travelling to Lyon should expect delays.', 'travelling');
    expect(groupBefore(s, cue, index)).toMatchObject({ generic: true });
  });

  it('a single capitalised word or a plain noun is no group', () => {
    const { s, index, cue } = at('Yesterday prices went to Lyon.', 'went');
    expect(groupBefore(s, cue, index)).toBeUndefined();
  });
});

describe('modality', () => {
  it('hypotheticals, general statements and roads are no journeys', () => {
    expect(isHypothetical('If you travel')).toBe(true);
    expect(isHypothetical('Officials said they would travel')).toBe(false);
    expect(isGeneralStatement('A passenger flying from London to Amsterdam emits about 50 kg of CO2.')).toBe(true);
    expect(isGeneralStatement('A convoy drove from Amman to Damascus on Monday.')).toBe(false);
    expect(isNetworkSentence('The A40 between Oxford and Cheltenham will be closed overnight.')).toBe(true);
    expect(isNetworkSentence('The minister flew from Oxford to Cheltenham.')).toBe(false);
  });
});

describe('incidents', () => {
  it('an attack and a protest at their places; a cue with no place is nothing', () => {
    const text = 'A parcel bomb exploded outside a cafe in Ankara late on Saturday.';
    const { s, index } = at(text, 'bomb');
    expect(findIncidents(s, index).map((i) => [i.type, i.place.place.id])).toEqual([['attack', 'place:ankara']]);
    const p = at('Protesters gathered in the city of Lyon.', 'Protesters');
    expect(findIncidents(p.s, p.index).map((i) => [i.type, i.place.place.id])).toEqual([['protest', 'place:lyon']]);
    const none = at('The attack was condemned worldwide.', 'attack');
    expect(findIncidents(none.s, none.index)).toEqual([]);
  });

  it('a capitalised cue inside a name is no incident ("Flood Road")', () => {
    const { s, index } = at('He lives on Flood Road in Lyon.', 'Flood');
    expect(findIncidents(s, index)).toEqual([]);
  });
});

describe('weights', () => {
  it('every confidence is on 0–1 and each inference lowers it', () => {
    for (const [name, w] of Object.entries(STORY_WEIGHTS)) expect(Math.abs(w), name).toBeLessThanOrEqual(1);
    expect(STORY_WEIGHTS.homeCapitalOrigin).toBeLessThan(0);
    expect(STORY_WEIGHTS.unattributedMove).toBeLessThan(STORY_WEIGHTS.statedMove);
    for (const d of Object.values(DOUBTS)) expect(d.length).toBeGreaterThan(10);
  });

  it('every weight and limit is a number with a line saying why, right above it', () => {
    const source = readFileSync(fileURLToPath(new URL('../../../src/core/story/weights.ts', import.meta.url)), 'utf8');
    for (const [name, value] of [...Object.entries(STORY_WEIGHTS), ...Object.entries(STORY_LIMITS)]) {
      expect(Number.isFinite(value), name).toBe(true);
      expect(source, name).toMatch(new RegExp(`/\\*\\*[^*]{10,}\\*/\\n\\s*${name}: `));
    }
    for (const value of Object.values(STORY_LIMITS)) expect(value).toBeGreaterThan(0);
  });
});

describe('groups a sentence sends without a cue of its own', () => {
  const SPECS2: PlaceSpec[] = [
    { id: 'place:somalia', name: 'Somalia', lon: 46, lat: 6, placeType: 'country', countryCode: 'SO', surfaces: ['Somalia'] },
    { id: 'place:kenya', name: 'Kenya', lon: 38, lat: 1, placeType: 'country', countryCode: 'KE', surfaces: ['Kenya'] },
    { id: 'place:armenia', name: 'Armenia', lon: 45, lat: 40.25, placeType: 'country', countryCode: 'AM', surfaces: ['Armenia'] },
  ];
  const first = (text: string) => {
    const s = readDocument(text).sentences[0]!;
    return { s, index: new PlaceIndex(placesFromSpec(text, SPECS2)) };
  };

  it('"Those attending include …": the first group of the list, with where it comes from', () => {
    const { s, index } = first('Those attending include the foreign ministers from Armenia, a neighbour, and observers.');
    const g = attendeesOf(s, index);
    expect(g).toMatchObject({ name: 'the foreign ministers from Armenia', generic: false });
    expect(g?.origin?.place.id).toBe('place:armenia');
    expect(attendeesOf(first('Those attending said the talks went well.').s, index)).toBeUndefined();
    expect(attendeesOf(first('Those attending include a lot of noise.').s, index)).toBeUndefined();
  });

  it('people a conflict or disaster drives out go from its place to where they are sent', () => {
    const { s, index } = first('The drought in Somalia has lasted years, sending hundreds of thousands of people into Kenya.');
    const d = displacementIn(s, index);
    expect(d?.group.name).toBe('hundreds of thousands of people');
    expect([d?.from.place.id, d?.to.place.id]).toEqual(['place:somalia', 'place:kenya']);
    // Troops, money and goods are sent too, but are not people driven out; and the cause must be named.
    expect(displacementIn(first('The war in Somalia is sending troops into Kenya.').s, index)).toBeUndefined();
    expect(displacementIn(first('The crisis in Somalia is sending money into Kenya.').s, index)).toBeUndefined();
    expect(displacementIn(first('Officials are sending refugees into Kenya.').s, index)).toBeUndefined();
  });
});
