/**
 * What a person is correcting, and the pure steps of a correction the core's refs (src/core/edits/refs.ts)
 * leave to the UI: a route's reference with its ends' names, the words of a selection, a pin's name found in
 * the article.
 */
import { storyRefOf } from '../../core/edits/refs';
import type { MentionRef, StoryRef } from '../../core/edits/types';
import type { EventFeature, PlaceFeature, RouteFeature } from '../../core/geojson/types';

/**
 * What the correction panel is open for: a place (from its tooltip, list row or one of its mentions), words
 * a person selected in the article, or a pin dropped on the map.
 */
export type CorrectionTarget =
  | { kind: 'place'; placeId: string; mention?: MentionRef }
  | { kind: 'add'; mention: MentionRef }
  | { kind: 'pin'; lon: number; lat: number };

/**
 * The reference an edit keeps to a journey or event: its id, and what finds it again after a re-run (its
 * first sentence, the names of its ends).
 * @example storyRef(route, placesById) // → { kind: 'route', id: 'route:…', name: 'Lavrov: Moscow → Pyongyang', mentionStart: 0, fromName: 'Moscow', toName: 'Pyongyang' }
 */
export function storyRef(feature: RouteFeature | EventFeature, places: ReadonlyMap<string, PlaceFeature>): StoryRef {
  const p = feature.properties;
  const ref = storyRefOf(feature);
  if (p.kind === 'route') {
    const from = places.get(p.from)?.properties.name;
    const to = places.get(p.to)?.properties.name;
    if (from) ref.fromName ??= from;
    if (to) ref.toName ??= to;
  }
  return ref;
}

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/**
 * The first whole-word occurrence of `words` in the article: exact case first, then any case.
 * @example findWords('He flew to Gondor.', 'gondor') // → { start: 11, end: 17, text: 'Gondor' }
 */
export function findWords(text: string, words: string): MentionRef | null {
  const wanted = words.trim();
  if (!wanted) return null;
  for (const haystack of [text, text.toLowerCase()]) {
    const needle = haystack === text ? wanted : wanted.toLowerCase();
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (!isWordChar(text[at - 1]) && !isWordChar(text[end])) return { start: at, end, text: text.slice(at, end) };
    }
  }
  return null;
}

/**
 * The words a person selected, trimmed of spaces and punctuation at either end and mapped to article
 * offsets; null when nothing is left.
 * @example trimSelection('in Gondor, he', 3, 11) // → { start: 3, end: 9, text: 'Gondor' }
 */
export function trimSelection(text: string, start: number, end: number): MentionRef | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && !isWordChar(text[s])) s++;
  while (e > s && !isWordChar(text[e - 1])) e--;
  if (e <= s || e - s > 120) return null;
  return { start: s, end: e, text: text.slice(s, e) };
}
