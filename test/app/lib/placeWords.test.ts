import { describe, expect, it } from 'vitest';
import { shortTitle } from '../../../src/app/lib/format';
import { certaintyWords, countryNameOf, divisionName, MAX_CONTEXT_NAME, placeInContext } from '../../../src/app/lib/placeWords';
import { plainModelWords } from '../../../src/app/lib/plainWords';
import { formatDistance } from '../../../src/app/lib/units';

const candidate = { name: 'Paris', gazetteer: { source: 'geonames', id: '1' }, placeType: 'town' as const, countryCode: 'US', lon: 0, lat: 0, score: 0.1 };

describe('place words', () => {
  it('names a place with its division and country, each once', () => {
    expect(placeInContext('Paris', 'Missouri', 'United States')).toBe('Paris, Missouri, United States');
    expect(placeInContext('Paris', undefined, 'France')).toBe('Paris, France');
    expect(placeInContext('Singapore', 'Singapore', 'Singapore')).toBe('Singapore');
  });
  it('reads a division from the feature in the shapes it may come in, and none when absent', () => {
    expect(divisionName({ properties: { admin1: 'Missouri' } })).toBe('Missouri');
    expect(divisionName({ properties: { admin1: { name: 'Ontario', code: 'ON' } } })).toBe('Ontario');
    expect(divisionName({ properties: { admin1Name: 'Bavaria' } })).toBe('Bavaria');
    expect(divisionName({ properties: {} })).toBeUndefined();
  });
  it("prefers the core's scalar admin1Name and leaves out codes, blanks and values that are not text", () => {
    expect(divisionName({ properties: { admin1Name: 'Missouri', admin1: 'MO' } })).toBe('Missouri');
    expect(divisionName({ properties: { admin1: 'MO' } })).toBeUndefined();
    expect(divisionName({ properties: { admin1: '24' } })).toBeUndefined();
    expect(divisionName({ properties: { admin1Name: '   ', admin1: 'Ontario' } })).toBe('Ontario');
    expect(divisionName({ properties: { admin1Name: 42 } })).toBeUndefined();
    expect(divisionName({ properties: { admin1: { name: null } } })).toBeUndefined();
    const long = divisionName({ properties: { admin1Name: 'x'.repeat(500) } })!;
    expect(long.length).toBe(MAX_CONTEXT_NAME);
    expect(long.endsWith('…')).toBe(true);
  });
  it('reads the country by name from the feature when it carries one', () => {
    expect(countryNameOf({ properties: { countryName: 'United States', countryCode: 'US' } })).toBe('United States');
    expect(countryNameOf({ properties: { country: 'Canada' } })).toBe('Canada');
    expect(countryNameOf({ properties: { countryName: ['US'] } })).toBeUndefined();
    expect(countryNameOf({ properties: { countryCode: 'US' } })).toBeUndefined();
  });
  it('says how sure the reading is in words', () => {
    expect(certaintyWords({ confidence: 1, candidates: [], reference: 'literal' })).toBe('certain: no other place has this name');
    expect(certaintyWords({ confidence: 0.4, candidates: [candidate, candidate, candidate], reference: 'literal' })).toBe('uncertain: 3 other places have this name');
    expect(certaintyWords({ confidence: 0.7, candidates: [candidate], reference: 'literal' })).toBe('likely: 1 other place has this name');
    expect(certaintyWords({ confidence: 0.5, candidates: [], reference: 'implied' })).toMatch(/^implied by the story/);
    expect(certaintyWords({ confidence: 0.95, candidates: [candidate, candidate], reference: 'literal' })).toBe('very likely: 2 other places have this name');
  });
  it('does not call a point from an opened file or a dropped pin a sure reading of the text', () => {
    const imported = { confidence: 1, candidates: [], reference: 'literal' as const, gazetteer: { source: 'import', id: '' }, mentions: [] };
    expect(certaintyWords(imported)).toBe('where the opened file puts it, not read from text');
    expect(certaintyWords({ ...imported, gazetteer: { source: 'person', id: 'the-old-mill' } })).toBe('placed by you: no gazetteer has it');
    // Not a number, no candidates list (a file from another tool): uncertain, not a crash.
    expect(certaintyWords({ confidence: Number.NaN, candidates: undefined as never, reference: 'literal' })).toBe('uncertain: no other place has this name');
  });
});

describe('plain words and units', () => {
  it('names the distance models as a journalist would', () => {
    expect(plainModelWords('matches Moscow–Beijing on the 6378.137 km sphere web maps use (5,799.6 km)')).toBe(
      'matches Moscow–Beijing on the sphere used by web maps (5,799.6 km)',
    );
    expect(plainModelWords('Turf sphere (R 6371.0088 km): 5,793.0 km')).not.toMatch(/Turf|6371/);
  });
  it('shows distances in km or miles', () => {
    expect(formatDistance(5793.4, 'km')).toBe('5,793 km');
    expect(formatDistance(5793.4, 'mi')).toBe('3,600 mi');
    expect(formatDistance(17.75, 'mi', 1)).toBe('11.0 mi');
  });
  it('shortens a title that is a whole first sentence, at a word', () => {
    const long = 'Officials said on Tuesday that the talks in Geneva between the two delegations would resume next week after a pause';
    const short = shortTitle(long);
    expect(short.length).toBeLessThanOrEqual(91);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(shortTitle('Lavrov to visit DPRK')).toBe('Lavrov to visit DPRK');
  });
});
