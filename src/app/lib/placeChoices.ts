/**
 * The places a person can choose when correcting one: the resolver's runner-ups and gazetteer search hits,
 * as edit choices, with what helps tell them apart (where they lie, how big, how far from the article's
 * other places).
 */
import type { PlaceChoice } from '../../core/edits/types';
import { centralAngle, TURF_RADIUS_KM } from '../../core/geo/distance';
import type { PlaceFeature } from '../../core/geojson/types';
import type { Candidate } from '../../core/types';

export type GazetteerChoice = Extract<PlaceChoice, { type: 'gazetteer' }>;

/**
 * A resolver candidate as the choice an edit records (the entry is copied, so the edit applies without a
 * gazetteer).
 * @example candidateChoice(place.properties.candidates[0]).type // → 'gazetteer'
 */
export function candidateChoice(c: Candidate & { admin1?: string; iso3?: string }): GazetteerChoice {
  return {
    type: 'gazetteer',
    ref: c.gazetteer,
    name: c.name,
    lon: c.lon,
    lat: c.lat,
    placeType: c.placeType,
    countryCode: c.countryCode,
    ...(c.iso3 ? { iso3: c.iso3 } : {}),
    ...(c.admin1 ? { admin1: c.admin1 } : {}),
    ...(c.population !== undefined ? { population: c.population } : {}),
  };
}

/**
 * The article's place nearest to a position, leaving out the places being corrected: "how far from the
 * article's other places" in one figure a person can judge (Turf's sphere, km).
 * @example nearestArticlePlace(-95.55, 33.66, places, new Set(['place:paris'])) // → { name: 'Dallas', km: 160.2 }
 */
export function nearestArticlePlace(
  lon: number,
  lat: number,
  places: readonly PlaceFeature[],
  exclude: ReadonlySet<string>,
): { name: string; km: number } | null {
  let best: { name: string; km: number } | null = null;
  for (const p of places) {
    if (exclude.has(p.id)) continue;
    const [plon, plat] = p.geometry.coordinates;
    if (plon === undefined || plat === undefined) continue;
    const km = centralAngle([lon, lat], [plon, plat]) * TURF_RADIUS_KM;
    if (!best || km < best.km) best = { name: p.properties.name, km };
  }
  return best;
}

/**
 * Whether a place feature already is this choice (the same gazetteer entry).
 * @example isCurrentChoice(moscow, candidateChoice(moscow.properties.candidates[0])) // → false
 */
export function isCurrentChoice(place: PlaceFeature, choice: PlaceChoice): boolean {
  return choice.type === 'gazetteer' && place.properties.gazetteer.source === choice.ref.source && place.properties.gazetteer.id === choice.ref.id;
}

/**
 * A key for a choice (lists, React keys).
 * @example choiceKey(candidateChoice(c)) // → 'geonames:524901'
 */
export function choiceKey(choice: PlaceChoice): string {
  return choice.type === 'gazetteer' ? `${choice.ref.source}:${choice.ref.id}` : `pin:${choice.lon},${choice.lat}`;
}
