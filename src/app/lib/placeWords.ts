/**
 * How a place is named for a reader: which one it is ("Paris, Missouri, United States") and how sure the
 * reading is, in words. Pure; reads only what the place feature carries and leaves out what it lacks.
 */
import type { PlaceFeature } from '../../core/geojson/types';

/** A name from a file is untrusted data: a tooltip shows at most this many characters of it. */
export const MAX_CONTEXT_NAME = 80;

/** A scalar name property, trimmed and cut to MAX_CONTEXT_NAME; undefined when missing, empty or not text. */
function nameValue(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  return trimmed.length > MAX_CONTEXT_NAME ? `${trimmed.slice(0, MAX_CONTEXT_NAME - 1)}…` : trimmed;
}

/**
 * The first-level division (state, province, region) a place lies in, when the feature carries one: the
 * core's scalar `admin1Name` first, else `admin1` as a name or `{ name }` (files from other tools). Files
 * with none name the country alone. A code (`admin1: "MO"` is GeoNames' code, not a name) is not shown.
 * @example divisionName({ properties: { admin1Name: 'Missouri' } }) // → 'Missouri'
 */
export function divisionName(place: { properties: object }): string | undefined {
  const p = place.properties as { admin1?: unknown; admin1Name?: unknown };
  const named = nameValue(p.admin1Name);
  if (named) return named;
  const value = p.admin1;
  if (typeof value === 'string' && !/^[A-Z0-9]{1,3}$/.test(value.trim())) return nameValue(value);
  if (value && typeof value === 'object') return nameValue((value as { name?: unknown }).name);
  return undefined;
}

/**
 * The country a place lies in, by name, when the feature carries it (the core's scalar `countryName`, or a
 * file's `country`); undefined otherwise, and the caller falls back to the name of `countryCode`.
 * @example countryNameOf({ properties: { countryName: 'United States' } }) // → 'United States'
 */
export function countryNameOf(place: { properties: object }): string | undefined {
  const p = place.properties as { countryName?: unknown; country?: unknown };
  return nameValue(p.countryName) ?? nameValue(p.country);
}

/**
 * The place's name with the division and country it lies in, each named once.
 * @example placeInContext('Paris', 'Missouri', 'United States') // → 'Paris, Missouri, United States'
 */
export function placeInContext(name: string, division?: string, country?: string): string {
  const parts = [name];
  for (const part of [division, country]) if (part && !parts.includes(part)) parts.push(part);
  return parts.join(', ');
}

/** At or above this confidence, with no other place of the name, the reading is called certain. */
export const SURE_CONFIDENCE = 0.9;
/** At or above this, the reading is likely; below, uncertain (the resolver's scores are 0–1). */
export const LIKELY_CONFIDENCE = 0.6;

/**
 * How sure the reading of a place is, in words a reader understands: the resolver's confidence and how
 * many other places share the name. A place that was not read from text says where it came from instead: a
 * point from an opened file (`gazetteer.source` "import", no mentions) is where the file put it, a pin a
 * person dropped is where they put it.
 * @example certaintyWords({ confidence: 0.5, candidates: [a, b, c], reference: 'literal' }) // → 'uncertain: 3 other places have this name'
 */
export function certaintyWords(
  p: Pick<PlaceFeature['properties'], 'confidence' | 'candidates' | 'reference'> & Partial<Pick<PlaceFeature['properties'], 'gazetteer' | 'mentions'>>,
): string {
  if (p.reference === 'implied') return 'implied by the story, not named in the article';
  const source = p.gazetteer?.source;
  if (source === 'person') return 'placed by you: no gazetteer has it';
  if (source === 'import' && (p.mentions?.length ?? 0) === 0) return 'where the opened file puts it, not read from text';
  const others = Array.isArray(p.candidates) ? p.candidates.length : 0;
  const confidence = Number.isFinite(p.confidence) ? p.confidence : 0;
  const namesake = others === 0 ? 'no other place has this name' : others === 1 ? '1 other place has this name' : `${others} other places have this name`;
  if (others === 0 && confidence >= SURE_CONFIDENCE) return `certain: ${namesake}`;
  if (confidence >= SURE_CONFIDENCE) return `very likely: ${namesake}`;
  if (confidence >= LIKELY_CONFIDENCE) return `likely: ${namesake}`;
  return `uncertain: ${namesake}`;
}
