/**
 * The gazetteer's capitals as a story CapitalLookup. Ids follow the geoparser's scheme (`place:` + slug of
 * the name), so a capital the article also names is recognised as the same place.
 */
import type { Gazetteer } from '../gazetteer/gazetteer';
import { slugify } from '../text/normalize';
import type { ResolvedPlace } from '../types';
import type { CapitalLookup } from './places';

/**
 * @example capitalLookup(gaz)('KE') // → { id: 'place:nairobi', name: 'Nairobi', placeType: 'capital', mentions: [], … }
 */
export function capitalLookup(gaz: Pick<Gazetteer, 'capitalOf'>): CapitalLookup {
  const cache = new Map<string, ResolvedPlace | undefined>();
  return (cc) => {
    if (cache.has(cc)) return cache.get(cc);
    const e = gaz.capitalOf(cc);
    const p: ResolvedPlace | undefined = e && {
      id: `place:${slugify(e.name)}`,
      name: e.name,
      lon: e.lon,
      lat: e.lat,
      placeType: e.placeType,
      countryCode: e.countryCode,
      gazetteer: e.ref,
      ...(e.population ? { population: e.population } : {}),
      // Not read from the text: the gazetteer's answer to "what is the capital of …".
      confidence: 1,
      candidates: [],
      reference: 'implied',
      mentions: [],
    };
    cache.set(cc, p);
    return p;
  };
}
