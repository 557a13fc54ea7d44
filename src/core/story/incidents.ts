/**
 * Incidents as events at their place: attacks ("a roadside bomb went off … in Multan", "the shooting in
 * Quetta"), crashes, disasters and protests. An incident needs its cue and a place in the same clause, after
 * "in", "at", "near" or "outside" (or "the city of …") — a cue alone, or a place merely near it, is nothing.
 */
import type { SentenceInfo } from './actors';
import type { PlaceIndex, PlaceMention } from './places';
import type { Token } from './text';
import { STORY_LIMITS } from './weights';

export type IncidentType = 'attack' | 'crash' | 'disaster' | 'protest';

/** Cue words (lower case) by the kind of incident they report. */
const CUES: ReadonlyMap<string, IncidentType> = new Map([
  ...['attack', 'attacks', 'attacked', 'bombing', 'bombings', 'bomb', 'exploded', 'explosion', 'blast', 'shooting', 'shootings', 'stabbing', 'assassination', 'assassinated', 'ambush', 'airstrike', 'airstrikes', 'shelling', 'massacre', 'gunmen'].map(
    (w) => [w, 'attack'] as const,
  ),
  ...['crash', 'crashed', 'collision', 'collided', 'derailed', 'derailment', 'capsized', 'sank'].map((w) => [w, 'crash'] as const),
  ...['earthquake', 'quake', 'flood', 'floods', 'flooding', 'wildfire', 'wildfires', 'hurricane', 'typhoon', 'cyclone', 'tornado', 'landslide', 'tsunami', 'eruption'].map(
    (w) => [w, 'disaster'] as const,
  ),
  ...['protest', 'protests', 'protesters', 'protestors', 'demonstration', 'demonstrations', 'demonstrators', 'rally', 'riots', 'marched'].map((w) => [w, 'protest'] as const),
]);

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'across', 'off']);
const CLAUSE_END = new Set(['.', ';', ':', '!', '?', '"', '“', '”']);
/** "the city of Multan", "the southern town of Yala": descriptive words before "of". */
const DESCRIPTIVE = /^(?:the|city|town|village|capital|province|region|district|county|port|southern|northern|eastern|western|central|coastal|border|of)$/;

export interface Incident {
  type: IncidentType;
  /** The cue word as written. */
  cue: string;
  cueStart: number;
  cueEnd: number;
  place: PlaceMention;
  /** Cue through the place. */
  start: number;
  end: number;
}

function placeAfter(tk: readonly Token[], k: number, places: PlaceIndex): PlaceMention | undefined {
  let i = k;
  while (i < tk.length && i - k < STORY_LIMITS.incidentDescriptiveWords && DESCRIPTIVE.test((tk[i] as Token).lower)) {
    const pm = places.at((tk[i] as Token).start);
    if (pm) return pm;
    i++;
  }
  const t = tk[i];
  const pm = t ? places.at(t.start) : undefined;
  return pm && pm.start === t?.start ? pm : undefined;
}

/**
 * The incidents of one sentence, each at its place.
 *
 * @example
 * // "A roadside bomb went off beside a van in Multan on Friday." with Multan resolved
 * findIncidents(sentence, places) // → [{ type: 'attack', cue: 'bomb', place: Multan, … }]
 */
export function findIncidents(s: SentenceInfo, places: PlaceIndex): Incident[] {
  const out: Incident[] = [];
  const tk = s.tokens;
  const seen = new Set<string>();
  for (let i = 0; i < tk.length; i++) {
    const t = tk[i] as Token;
    const type = t.word ? CUES.get(t.lower) : undefined;
    // "Rally Drive", "Flood Road": a capitalised cue inside a longer name is no incident.
    if (!type || (i > 0 && /^\p{Lu}/u.test(t.text) && /^\p{Lu}/u.test(tk[i + 1]?.text ?? ''))) continue;
    for (let j = i + 1; j < tk.length && j - i <= STORY_LIMITS.incidentReach; j++) {
      const u = tk[j] as Token;
      if (CLAUSE_END.has(u.text)) break;
      if (!PLACE_PREPOSITIONS.has(u.lower)) continue;
      const pm = placeAfter(tk, j + 1, places);
      if (!pm || pm.place.placeType === 'continent') continue;
      const key = `${type}|${pm.place.id}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push({ type, cue: t.text, cueStart: t.start, cueEnd: t.end, place: pm, start: t.start, end: pm.end });
      }
      i = j;
      break;
    }
  }
  return out;
}
