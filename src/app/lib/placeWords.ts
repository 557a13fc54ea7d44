/**
 * How a place is named for a reader: which one it is ("Paris, Missouri, United States") and how sure the
 * reading is, in words. Pure; reads only what the place feature carries and leaves out what it lacks.
 */
import type { PlaceFeature } from '../../core/geojson/types';

/**
 * The first-level division (state, province, region) a place lies in, when the feature carries one:
 * `admin1` as a name or `{ name }`, or `admin1Name` (the gazetteer's division names are being added;
 * older files have none, and the tooltip then names the country alone).
 * @example divisionName({ properties: { admin1: 'Missouri' } }) // → 'Missouri'
 */
export function divisionName(place: { properties: object }): string | undefined {
  const p = place.properties as { admin1?: unknown; admin1Name?: unknown };
  const value = p.admin1Name ?? p.admin1;
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') return (value as { name: string }).name;
  return undefined;
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
 * many other places share the name.
 * @example certaintyWords({ confidence: 0.5, candidates: [a, b, c], reference: 'literal' }) // → 'uncertain: 3 other places have this name'
 */
export function certaintyWords(p: Pick<PlaceFeature['properties'], 'confidence' | 'candidates' | 'reference'>): string {
  if (p.reference === 'implied') return 'implied by the story, not named in the article';
  const others = Array.isArray(p.candidates) ? p.candidates.length : 0;
  const confidence = Number.isFinite(p.confidence) ? p.confidence : 0;
  const namesake = others === 0 ? 'no other place has this name' : others === 1 ? '1 other place has this name' : `${others} other places have this name`;
  if (others === 0 && confidence >= SURE_CONFIDENCE) return `certain: ${namesake}`;
  if (confidence >= SURE_CONFIDENCE) return `very likely: ${namesake}`;
  if (confidence >= LIKELY_CONFIDENCE) return `likely: ${namesake}`;
  return `uncertain: ${namesake}`;
}
