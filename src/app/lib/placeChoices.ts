/**
 * The places a person can choose when correcting one: the resolver's runner-ups (enriched by the core's
 * enrichCandidates) and gazetteer search hits, as the choice an edit records plus what helps tell them apart
 * (division and country, population, how far from the article's other places).
 */
import type { CandidateView } from '../../core/edits/candidates';
import { choiceFromCandidate } from '../../core/edits/refs';
import type { PlaceChoice } from '../../core/edits/types';
import type { GazetteerMatch } from '../../core/gazetteer/search';
import type { PlaceFeature } from '../../core/geojson/types';

export type GazetteerChoice = Extract<PlaceChoice, { type: 'gazetteer' }>;

/** A choice as the panel lists it. */
export interface ChoiceView {
  choice: GazetteerChoice;
  admin1Name?: string;
  countryName?: string;
  /** km (Turf's sphere) to the nearest of the article's other places. */
  distanceKm?: number;
  /** The machine's own first choice, offered back after a person changed the place. */
  machineChoice?: boolean;
}

/**
 * A resolver candidate as a listed choice.
 * @example candidateView(enrichCandidates(paris, collection)[0]).choice.ref // → { source: 'geonames', id: '4717560' }
 */
export function candidateView(c: CandidateView): ChoiceView {
  const extra = { ...(c.admin1 ? { admin1: c.admin1 } : {}) };
  return {
    choice: choiceFromCandidate(c, extra) as GazetteerChoice,
    ...(c.admin1Name ? { admin1Name: c.admin1Name } : {}),
    ...(c.countryName ? { countryName: c.countryName } : {}),
    ...(c.distanceKm !== undefined ? { distanceKm: c.distanceKm } : {}),
    ...(c.machineChoice ? { machineChoice: true } : {}),
  };
}

/**
 * A gazetteer search hit as a listed choice.
 * @example matchView(match).choice.type // → 'gazetteer'
 */
export function matchView(m: GazetteerMatch): ChoiceView {
  return {
    choice: {
      type: 'gazetteer',
      ref: m.gazetteer,
      name: m.name,
      lon: m.lon,
      lat: m.lat,
      placeType: m.placeType,
      countryCode: m.countryCode,
      ...(m.iso3 ? { iso3: m.iso3 } : {}),
      ...(m.admin1 ? { admin1: m.admin1 } : {}),
      ...(m.population ? { population: m.population } : {}),
    },
    ...(m.admin1Name ? { admin1Name: m.admin1Name } : {}),
    ...(m.countryName ? { countryName: m.countryName } : {}),
    ...(m.distanceKm !== undefined ? { distanceKm: m.distanceKm } : {}),
  };
}

/**
 * Whether a place feature already is this choice (the same gazetteer entry).
 * @example isCurrentChoice(moscow, { type: 'gazetteer', ref: moscow.properties.gazetteer, … }) // → true
 */
export function isCurrentChoice(place: PlaceFeature, choice: PlaceChoice): boolean {
  return choice.type === 'gazetteer' && place.properties.gazetteer.source === choice.ref.source && place.properties.gazetteer.id === choice.ref.id;
}

/**
 * A key for a listed choice (React keys).
 * @example viewKey(candidateView(c)) // → 'geonames:524901'
 */
export function viewKey(view: ChoiceView): string {
  return `${view.choice.ref.source}:${view.choice.ref.id}`;
}
