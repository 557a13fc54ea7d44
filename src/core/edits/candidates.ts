/**
 * What "Not this place?" shows: the resolver's runner-ups for a place (`properties.candidates`), each with
 * its first-level division and country and how far it lies from the article's other places, and the context
 * a gazetteer search for the place should rank by.
 */
import type { Gazetteer } from '../gazetteer/gazetteer';
import { admin1NameOf, nearestKm, type SearchContext } from '../gazetteer/search';
import type { AtlasCollection, PlaceFeature } from '../geojson/types';
import type { Candidate, PlaceType } from '../types';
import type { OriginalPlace } from './types';

/** Places whose coordinates are a centroid, not a spot: distances from them mean little. */
const AREA_TYPES: ReadonlySet<PlaceType> = new Set(['country', 'continent', 'region', 'water', 'admin1']);

export interface CandidateView extends Candidate {
  /** First-level division code, when the gazetteer is at hand. */
  admin1?: string;
  admin1Name?: string;
  countryName?: string;
  /** ISO alpha-3, for a country candidate (its borders and tint need it). */
  iso3?: string;
  /** Distance (Turf's sphere, km, rounded) to the nearest of the article's other places. */
  distanceKm?: number;
  /** True for the machine's own first choice, offered back after a person changed the place. */
  machineChoice?: boolean;
}

function placeFeatures(collection: AtlasCollection): PlaceFeature[] {
  return collection.features.filter((f): f is PlaceFeature => f.properties.kind === 'place');
}

/**
 * The context to rank a search for a place by: the positions of the article's other places (spots, not
 * countries' centroids) and their countries.
 *
 * @example searchGazetteer(gaz, 'par', searchContextOf(collection, 'place:paris'))
 */
export function searchContextOf(collection: AtlasCollection, exceptId?: string): SearchContext {
  const others = placeFeatures(collection).filter((f) => f.id !== exceptId);
  const spots = others.filter((f) => !AREA_TYPES.has(f.properties.placeType));
  const countries = [...new Set(others.map((f) => f.properties.countryCode).filter(Boolean))].sort();
  const pos = (f: PlaceFeature) => ({ lon: f.geometry.coordinates[0]!, lat: f.geometry.coordinates[1]! });
  return { places: (spots.length > 0 ? spots : others).map(pos), countries };
}

/**
 * The candidates of a place, enriched for a person choosing among them: division and country names (when a
 * gazetteer is given: in the worker), and the distance from the article's other places (always). After a
 * person changed the place, the machine's own choice comes first, marked `machineChoice`.
 *
 * @example
 * enrichCandidates(parisFeature, collection, gaz)[0]
 * // → { name: 'Paris', countryCode: 'US', admin1: 'TX', admin1Name: 'Texas', countryName: 'United States', distanceKm: 480, … }
 */
export function enrichCandidates(place: PlaceFeature, collection: AtlasCollection, gaz?: Gazetteer): CandidateView[] {
  const ctx = searchContextOf(collection, place.id);
  const spots = ctx.places ?? [];
  const list: CandidateView[] = [];
  const original = place.properties.edited?.original as OriginalPlace | null | undefined;
  if (original && 'gazetteer' in original && original.gazetteer.source !== 'person') {
    list.push({
      name: original.name,
      gazetteer: original.gazetteer,
      placeType: original.placeType,
      countryCode: original.countryCode,
      lon: original.coordinates[0],
      lat: original.coordinates[1],
      score: place.properties.confidence,
      machineChoice: true,
    });
  }
  for (const c of place.properties.candidates ?? []) list.push({ ...c });
  const current = place.properties.gazetteer;
  const seen = new Set<string>([`${current.source}:${current.id}`]);
  const out: CandidateView[] = [];
  for (const c of list) {
    const ref = `${c.gazetteer.source}:${c.gazetteer.id}`;
    if (seen.has(ref)) continue;
    seen.add(ref);
    const km = nearestKm(c.lon, c.lat, spots);
    const view: CandidateView = { ...c, ...(km !== undefined ? { distanceKm: Math.round(km) } : {}) };
    const row = gaz?.rowOfRef(ref);
    if (gaz && row !== undefined) {
      const e = gaz.entry(row);
      if (e.admin1) view.admin1 = e.admin1;
      const admin1Name = admin1NameOf(gaz, row);
      if (admin1Name) view.admin1Name = admin1Name;
      if (!c.population && e.population) view.population = e.population;
      const countryRow = e.countryCode ? gaz.countryRow(e.countryCode) : undefined;
      if (countryRow !== undefined) view.countryName = gaz.entry(countryRow).name;
      const iso3 = e.placeType === 'country' ? gaz.iso3(e.countryCode) : undefined;
      if (iso3) view.iso3 = iso3;
    }
    out.push(view);
  }
  return out;
}
