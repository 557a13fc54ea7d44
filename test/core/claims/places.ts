/**
 * Hand-built ResolvedPlace inputs for the claim tests (coordinates from GeoNames: facts, not fixtures of the
 * geoparser). Mentions are found in the given text so offsets are real.
 */
import type { PlaceType, ResolvedPlace } from '../../../src/core/types';

interface PlaceSpec {
  id: string;
  name: string;
  lon: number;
  lat: number;
  placeType: PlaceType;
  iso3?: string;
  /** Words in the text that refer to the place (defaults to the name). */
  aliases?: string[];
}

export const MOSCOW: PlaceSpec = { id: 'place:moscow', name: 'Moscow', lon: 37.61556, lat: 55.75222, placeType: 'capital' };
export const BEIJING: PlaceSpec = { id: 'place:beijing', name: 'Beijing', lon: 116.39723, lat: 39.9075, placeType: 'capital' };
export const PYONGYANG: PlaceSpec = { id: 'place:pyongyang', name: 'Pyongyang', lon: 125.75432, lat: 39.03385, placeType: 'capital' };
export const TOKYO: PlaceSpec = { id: 'place:tokyo', name: 'Tokyo', lon: 139.69171, lat: 35.6895, placeType: 'capital' };
export const LOS_ANGELES: PlaceSpec = { id: 'place:los-angeles', name: 'Los Angeles', lon: -118.24368, lat: 34.05223, placeType: 'city' };
export const RUSSIA: PlaceSpec = { id: 'place:russia', name: 'Russia', lon: 100, lat: 60, placeType: 'country', iso3: 'RUS', aliases: ['Russia', 'Russian'] };
export const DPRK: PlaceSpec = { id: 'place:north-korea', name: 'North Korea', lon: 127, lat: 40, placeType: 'country', iso3: 'PRK', aliases: ['DPRK', 'North Korea'] };
export const CHINA: PlaceSpec = { id: 'place:china', name: 'China', lon: 105, lat: 35, placeType: 'country', iso3: 'CHN', aliases: ['China', 'Chinese'] };

/** Builds ResolvedPlace objects with every occurrence of their aliases in `text` as mentions. */
export function placesIn(text: string, specs: PlaceSpec[]): ResolvedPlace[] {
  return specs.map((s) => {
    const mentions = [];
    for (const alias of s.aliases ?? [s.name]) {
      for (let i = text.indexOf(alias); i >= 0; i = text.indexOf(alias, i + 1)) {
        mentions.push({ start: i, end: i + alias.length, text: alias, excerpt: '' });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return {
      id: s.id,
      name: s.name,
      lon: s.lon,
      lat: s.lat,
      placeType: s.placeType,
      countryCode: '',
      ...(s.iso3 ? { iso3: s.iso3 } : {}),
      gazetteer: { source: 'test', id: s.id },
      confidence: 1,
      candidates: [],
      reference: 'literal',
      mentions,
    };
  });
}
