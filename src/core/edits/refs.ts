/**
 * Building edits from what the UI holds: a feature, a mention, a candidate, a search result. Keeps the
 * knowledge of what makes a reference survive a re-run (./types.ts) in one place.
 */
import type { GazetteerMatch } from '../gazetteer/search';
import type { EventFeature, PlaceFeature, RouteFeature } from '../geojson/types';
import type { Candidate, Mention } from '../types';
import type { Edit, MentionRef, PlaceChoice, PlaceRef, StoryRef } from './types';

/**
 * A reference to a place feature: its id and name, and one of its mentions (the given one, else its first).
 *
 * @example placeRefOf(moscowFeature) // → { id: 'place:moscow', name: 'Moscow', mention: { start: 120, end: 126, text: 'Moscow' } }
 */
export function placeRefOf(feature: PlaceFeature, mention?: Mention | MentionRef): PlaceRef {
  const m = mention ?? feature.properties.mentions[0];
  return { id: feature.id, name: feature.properties.name, ...(m ? { mention: mentionRefOf(m) } : {}) };
}

/** @example mentionRefOf({ start: 3, end: 9, text: 'Moscow', excerpt: '…' }) // → { start: 3, end: 9, text: 'Moscow' } */
export function mentionRefOf(m: Mention | MentionRef): MentionRef {
  return { start: m.start, end: m.end, text: m.text };
}

/**
 * A reference to a route or event feature: its id, and its first supporting sentence and ends for a re-run
 * that names it anew.
 *
 * @example storyRefOf(route) // → { kind: 'route', id: 'route:lavrov:moscow-pyongyang', name: '…', mentionStart: 0, fromName: 'Moscow', toName: 'Pyongyang' }
 */
export function storyRefOf(feature: RouteFeature | EventFeature): StoryRef {
  const p = feature.properties;
  const start = p.mentions[0]?.start;
  const ref: StoryRef = { kind: p.kind, id: feature.id, name: p.name, ...(start !== undefined ? { mentionStart: start } : {}) };
  if (p.kind === 'route') {
    const ends = p as { fromName?: unknown; toName?: unknown };
    if (typeof ends.fromName === 'string') ref.fromName = ends.fromName;
    if (typeof ends.toName === 'string') ref.toName = ends.toName;
  }
  return ref;
}

/**
 * The choice of one of the resolver's candidates (`properties.candidates`, or enrichCandidates' views, which
 * add `iso3` for a country, `admin1` and the division's and country's names).
 *
 * @example choiceFromCandidate(place.properties.candidates[0]).type // → 'gazetteer'
 */
export function choiceFromCandidate(
  c: Candidate & { iso3?: string; admin1?: string; admin1Name?: string; countryName?: string },
  extra: { iso3?: string; admin1?: string; admin1Name?: string; countryName?: string } = {},
): PlaceChoice {
  const admin1Name = extra.admin1Name ?? c.admin1Name;
  const countryName = extra.countryName ?? c.countryName;
  return {
    type: 'gazetteer',
    ref: { ...c.gazetteer },
    name: c.name,
    lon: c.lon,
    lat: c.lat,
    placeType: c.placeType,
    countryCode: c.countryCode,
    ...((extra.iso3 ?? c.iso3) ? { iso3: extra.iso3 ?? c.iso3 } : {}),
    ...((extra.admin1 ?? c.admin1) ? { admin1: extra.admin1 ?? c.admin1 } : {}),
    ...(admin1Name ? { admin1Name } : {}),
    ...(countryName ? { countryName } : {}),
    ...(c.population ? { population: c.population } : {}),
  };
}

/**
 * The choice of a gazetteer search result.
 *
 * @example choiceFromMatch(searchGazetteer(gaz, 'paris')[0]).name // → 'Paris'
 */
export function choiceFromMatch(m: GazetteerMatch): PlaceChoice {
  return {
    type: 'gazetteer',
    ref: { ...m.gazetteer },
    name: m.name,
    lon: m.lon,
    lat: m.lat,
    placeType: m.placeType,
    countryCode: m.countryCode,
    ...(m.iso3 ? { iso3: m.iso3 } : {}),
    ...(m.admin1 ? { admin1: m.admin1 } : {}),
    ...(m.admin1Name ? { admin1Name: m.admin1Name } : {}),
    ...(m.countryName ? { countryName: m.countryName } : {}),
    ...(m.population ? { population: m.population } : {}),
  };
}

/**
 * A pin the person dropped and named, for a place no gazetteer has.
 *
 * @example customChoice('Camp Bastion', 64.22, 31.86) // → { type: 'custom', name: 'Camp Bastion', lon: 64.22, lat: 31.86 }
 */
export function customChoice(name: string, lon: number, lat: number, countryCode?: string): PlaceChoice {
  return { type: 'custom', name: name.trim(), lon, lat, ...(countryCode ? { countryCode } : {}) };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An edit as the UI describes it, before it gets its id and time. */
export type EditDraft = DistributiveOmit<Edit, 'id' | 'at'>;

/**
 * Gives an edit its id (unique among `existing`, readable, ordered by time) and its time.
 *
 * @example createEdit({ kind: 'remove-place', place: placeRefOf(xinhua) }, history.present)
 * // → { id: 'e-mikd2x1s-1', at: '2026-11-30T10:12:00.000Z', kind: 'remove-place', … }
 */
export function createEdit(draft: EditDraft, existing: readonly Edit[] = [], now: Date = new Date()): Edit {
  const taken = new Set(existing.map((e) => e.id));
  const stamp = now.getTime().toString(36);
  let n = existing.length + 1;
  while (taken.has(`e-${stamp}-${n}`)) n++;
  return { ...draft, id: `e-${stamp}-${n}`, at: now.toISOString() } as Edit;
}
