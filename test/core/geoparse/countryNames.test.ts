/**
 * Every name news uses for a country resolves to that country through the real gazetteer and geoparser:
 * each UN member's common English names (test/core/geoparse/unMemberNames.ts, kept by hand) in a plain
 * news sentence.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteerSync } from '../../../src/core/gazetteer/node';
import { geoparse } from '../../../src/core/geoparse';
import { UN_MEMBER_NAMES } from './unMemberNames';

const gaz = loadGazetteerSync();

const CASES = Object.entries(UN_MEMBER_NAMES).flatMap(([cc, names]) => names.map((name) => [name, cc] as const));

describe('country names', () => {
  it('covers every UN member and observer state', () => {
    expect(Object.keys(UN_MEMBER_NAMES)).toHaveLength(195);
  });

  it.each(CASES)('"%s" is %s', (name, cc) => {
    const text = `Officials said on Monday that talks with ${name} would resume next week in a neutral venue.`;
    const start = text.indexOf(name);
    const places = geoparse(text, gaz);
    const country = places.find((p) => p.mentions.some((m) => m.start >= start && m.end <= start + name.length));
    expect(country && { countryCode: country.countryCode, placeType: country.placeType }).toEqual({ countryCode: cc, placeType: 'country' });
    expect(country!.gazetteer.source).toBe('geonames');
  });
});
