/**
 * What a person is correcting, and the pure steps of a correction: an edit draft (the workspace stamps its
 * id and time), the reference an edit keeps to a place, and finding a pin's name in the article.
 */
import type { Edit, MentionRef, PlaceRef, StoryRef } from '../../core/edits/types';
import type { EventFeature, PlaceFeature, RouteFeature } from '../../core/geojson/types';

/** An edit before it is stamped with its id and time. */
export type EditDraft = Edit extends infer E ? (E extends Edit ? Omit<E, 'id' | 'at'> : never) : never;

/**
 * What the correction panel is open for: a place (from its tooltip, list row or one of its mentions), words
 * a person selected in the article, or a pin dropped on the map.
 */
export type CorrectionTarget =
  | { kind: 'place'; placeId: string; mention?: MentionRef }
  | { kind: 'add'; mention: MentionRef }
  | { kind: 'pin'; lon: number; lat: number };

/**
 * The reference an edit keeps to a place: its id and name, and its first mention (found again by its words
 * when a re-run of the analysis gives the place another id).
 * @example placeRef(moscow) // → { id: 'place:moscow', name: 'Moscow', mention: { start: 12, end: 18, text: 'Moscow' } }
 */
export function placeRef(place: PlaceFeature, mention?: MentionRef): PlaceRef {
  const m = mention ?? place.properties.mentions[0];
  return { id: place.id, name: place.properties.name, ...(m ? { mention: { start: m.start, end: m.end, text: m.text } } : {}) };
}

/**
 * The reference an edit keeps to a journey or event: its id, and what finds it again after a re-run (its
 * first sentence, the names of its ends).
 * @example storyRef(route, placesById) // → { kind: 'route', id: 'route:…', name: 'Lavrov: Moscow → Pyongyang', mentionStart: 0, fromName: 'Moscow', toName: 'Pyongyang' }
 */
export function storyRef(feature: RouteFeature | EventFeature, places: ReadonlyMap<string, PlaceFeature>): StoryRef {
  const p = feature.properties;
  const ref: StoryRef = { kind: p.kind, id: feature.id, name: p.name };
  const first = p.mentions[0];
  if (first) ref.mentionStart = first.start;
  if (p.kind === 'route') {
    const from = places.get(p.from)?.properties.name;
    const to = places.get(p.to)?.properties.name;
    if (from) ref.fromName = from;
    if (to) ref.toName = to;
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
