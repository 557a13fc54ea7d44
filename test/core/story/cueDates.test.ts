/**
 * The dating stage on its own: which date phrase of a sentence belongs to which cue. One-sentence texts with
 * hand-built places (GeoNames coordinates), anchors from the real cue finder.
 */
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/story/actors';
import { findAnchors } from '../../../src/core/story/anchors';
import { assignDates, dateNotSet, futureWeekday, nearestDate } from '../../../src/core/story/cueDates';
import { findDates } from '../../../src/core/story/dates';
import { PlaceIndex } from '../../../src/core/story/places';
import { readDocument } from '../../../src/core/text/document';
import { type PlaceSpec, placesFromSpec } from './placeSpec';

const PUB = '2021-03-10'; // a Wednesday
const SPECS: PlaceSpec[] = [
  { id: 'place:oslo', name: 'Oslo', lon: 10.74609, lat: 59.91273, placeType: 'capital', countryCode: 'NO', surfaces: ['Oslo'] },
  { id: 'place:lisbon', name: 'Lisbon', lon: -9.13333, lat: 38.71667, placeType: 'capital', countryCode: 'PT', surfaces: ['Lisbon'] },
  { id: 'place:bergen', name: 'Bergen', lon: 5.32415, lat: 60.39299, placeType: 'city', countryCode: 'NO', surfaces: ['Bergen'] },
];

/** The cues of a one-sentence text and the date label each is given. */
function datesOf(text: string): Array<[string, string | undefined]> {
  const doc = readDocument(text);
  const index = new PlaceIndex(placesFromSpec(text, SPECS));
  const { refs } = findActors(doc.sentences, index);
  const s = doc.sentences[0]!;
  const anchors = findAnchors(s, refs[0] ?? [], index);
  const given = assignDates(s, anchors, findDates(s.text, s.start, PUB));
  return anchors.map((a) => [a.cueText, given.get(a)?.label]);
}

describe('assignDates', () => {
  it('a date right after the cue and its place is the journey’s', () => {
    expect(datesOf('Ingrid Solberg flew to Lisbon on Monday.')).toEqual([['flew', 'Monday']]);
  });

  it('a saying’s date stays with the saying', () => {
    expect(datesOf('Solberg said on Monday that the delegation would fly to Lisbon.')).toEqual([['fly', undefined]]);
  });

  it('a fronted date dates the sentence’s first event', () => {
    expect(datesOf('In early May, Ingrid Solberg will travel to Lisbon and then to Oslo.')[0]).toEqual(['travel', 'early May']);
  });

  it('"could take place as early as June" dates the meeting named before it', () => {
    const got = datesOf('A meeting in Bergen was agreed, and officials said it could take place as early as June.');
    expect(got).toEqual([['meeting', 'as early as June']]);
  });

  it('a date far from every cue belongs to another clause', () => {
    const got = datesOf('Ingrid Solberg flew to Lisbon, where the ministers hope the long-delayed agreement will finally be signed next year.');
    expect(got).toEqual([['flew', undefined]]);
  });

  it('each of two cues gets its own date', () => {
    const got = datesOf('Solberg visited Oslo on Monday and a summit in Bergen is planned for next month.');
    expect(got).toEqual([
      ['visited', 'Monday'],
      ['summit', 'next month'],
    ]);
  });
});

describe('the other dating rules', () => {
  it('nearestDate takes the nearest date in reach, not a "since" phrase', () => {
    const text = 'A storm hit Bergen on Sunday.';
    const dates = findDates(text, 0, PUB);
    expect(nearestDate({ start: 2, end: 18 }, dates)?.label).toBe('Sunday');
    expect(nearestDate({ start: 2, end: 18 }, findDates('A storm has hit Bergen every year since 2015.', 0, PUB))).toBeUndefined();
  });

  it('a bare weekday moves a week on only when the event is ahead', () => {
    const last = { label: 'on Monday', precision: 'day' as const, start: '2021-03-08', end: '2021-03-08' };
    expect(futureWeekday(last, 'planned', PUB)?.start).toBe('2021-03-15');
    expect(futureWeekday(last, 'happened', PUB)?.start).toBe('2021-03-08');
    expect(futureWeekday({ ...last, label: 'March 8' }, 'planned', PUB)?.start).toBe('2021-03-08');
  });

  it('dateNotSet reads "no date has been set"', () => {
    expect(dateNotSet('A summit is planned, but no date has been set.')).toBe('no date has been set');
    expect(dateNotSet('The summit is on Monday.')).toBeUndefined();
  });
});
