/**
 * Groups as travellers: the noun phrase right before a movement cue when it names a body of people rather
 * than a person — "Dutch inspectors would travel to", "a Kenyan trade mission landed in", "Members of
 * the 25th Infantry Division are heading to", "Real Madrid travelled to". People in general ("drivers",
 * "passengers") are no group; `modality.ts` turns those away.
 */
import type { SentenceInfo } from './actors';
import { GENERIC_PEOPLE } from './modality';
import type { PlaceIndex, PlaceMention } from './places';
import type { Token } from './text';
import { STORY_LIMITS } from './weights';

/** Plural or collective nouns for bodies of people that travel. */
const GROUP_NOUNS = new Set([
  'investigators',
  'officials',
  'delegation',
  'delegations',
  'delegates',
  'troops',
  'soldiers',
  'refugees',
  'migrants',
  'immigrants',
  'ministers',
  'leaders',
  'mayors',
  'premiers',
  'governors',
  'senators',
  'lawmakers',
  'legislators',
  'diplomats',
  'envoys',
  'inspectors',
  'experts',
  'observers',
  'monitors',
  'negotiators',
  'members',
  'team',
  'squad',
  'players',
  'crew',
  'crews',
  'workers',
  'students',
  'pilgrims',
  'families',
  'convoy',
  'agents',
  'police',
  'firefighters',
  'rescuers',
  'volunteers',
  'residents',
  'evacuees',
  'survivors',
  'athletes',
  'couple',
  'band',
  'mission',
]);

/** Words between a subject and its movement verb: auxiliaries, modals, adverbs, "plan to". */
const VERB_LEAD = new Set([
  'would',
  'will',
  'could',
  'may',
  'might',
  'shall',
  'should',
  'can',
  'must',
  'to',
  'be',
  'been',
  'being',
  'is',
  'are',
  'was',
  'were',
  'have',
  'has',
  'had',
  'also',
  'then',
  'later',
  'reportedly',
  'already',
  'all',
  'now',
  'still',
  'just',
  'recently',
  'currently',
  'started',
  'began',
  'plan',
  'plans',
  'planned',
  'planning',
  'want',
  'wants',
  'wanted',
  'due',
  'set',
  'expected',
  'scheduled',
  'slated',
  'due',
  'not',
  'never',
  'eventually',
  'finally',
  'first',
  'immediately',
  'quickly',
]);

/** Light verbs before a trip noun: "The Province of Manitoba led missions to", "paid a visit to". */
const LIGHT_VERBS = new Set(['made', 'make', 'makes', 'making', 'paid', 'pay', 'pays', 'paying', 'completed', 'complete', 'completes', 'began', 'begin', 'begins', 'undertook', 'undertake', 'led', 'leads', 'concluded', 'started', 'took', 'take', 'takes', 'embarked', 'wrapped']);
/** Trip nouns a light verb takes. */
const TRIP_CUES = new Set(['trip', 'trips', 'journey', 'journeys', 'mission', 'missions', 'visit', 'visits', 'tour', 'voyage', 'pilgrimage']);

/** Words that end a noun phrase going backwards: clause and verb boundaries. */
const NP_STOP = new Set(['that', 'which', 'who', 'said', 'says', 'told', 'and', 'but', 'or', 'while', 'as', 'when', 'after', 'before', 'because', 'if']);
const DETERMINER = new Set(['the', 'a', 'an', 'some', 'several', 'many', 'two', 'three', 'four', 'five', 'dozens', 'hundreds', 'thousands', 'its', 'their', 'his', 'her']);

/** A traveller that is a group: its words as the text gives them, where they are, and whether it is generic. */
export interface GroupTraveller {
  name: string;
  start: number;
  end: number;
  /** People in general ("drivers", "passengers"): no journey. */
  generic: boolean;
  /** "refugees from Sudan": where the group comes from, when its phrase says. */
  origin?: PlaceMention;
}

/** Vehicles a named group may travel in: "a convoy of 40 trucks". */
const CARRIERS = new Set(['trucks', 'lorries', 'vehicles', 'buses', 'cars', 'boats', 'ships', 'tanks']);

/** Index of the token starting at `pos` (binary search), or -1. */
export function tokenIndexAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid] as Token;
    if (t.start === pos) return mid;
    if (t.start < pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const capital = (t: Token | undefined) => !!t?.word && /^\p{Lu}/u.test(t.text);

/**
 * The group noun phrase right before the cue at token `cue`, if any.
 *
 * @example
 * // "… that Dutch inspectors would travel to Lisbon" (Dutch resolved as a demonym)
 * groupBefore(sentence, indexOfFly, places) // → { name: 'Dutch inspectors', generic: false, … }
 */
export function groupBefore(s: SentenceInfo, cue: number, places: PlaceIndex): GroupTraveller | undefined {
  const tk = s.tokens;
  let j = cue - 1;
  // "completed a major trade mission to": skip the trip noun's own words and its light verb.
  if (TRIP_CUES.has(tk[cue]?.lower ?? '')) {
    let k = j;
    while (k >= 0 && k >= cue - 5 && (tk[k] as Token).word && !/^\p{Lu}/u.test((tk[k] as Token).text) && !LIGHT_VERBS.has((tk[k] as Token).lower)) k--;
    if (k >= 0 && LIGHT_VERBS.has((tk[k] as Token).lower)) j = k - 1;
  }
  while (j >= 0 && VERB_LEAD.has((tk[j] as Token).lower)) j--;
  if (j < 0) return undefined;
  let head = tk[j] as Token;
  if (!head.word) return undefined;
  // "refugees from Sudan have been making their way to Chad": the group, and where it comes from.
  let origin: PlaceMention | undefined;
  const pm = places.at(head.start);
  if (pm && j >= 2 && tk[j - 1]?.lower === 'from' && pm.end === head.end) {
    const g = tk[j - 2] as Token;
    if (GROUP_NOUNS.has(g.lower)) {
      origin = pm;
      j -= 2;
      head = g;
    }
  }
  // "a convoy of 40 trucks drove": the convoy travels.
  if (CARRIERS.has(head.lower)) {
    for (let k = j - 1; k >= 0 && k >= j - 3; k--) {
      if ((tk[k] as Token).lower !== 'of') continue;
      if (GROUP_NOUNS.has(tk[k - 1]?.lower ?? '')) {
        const g = groupBefore(s, k, places);
        if (g) return { ...g, name: s.text.slice(g.start - s.start, head.end - s.start), end: head.end };
      }
      break;
    }
  }
  let first = j;
  const tail = origin ? origin.end : head.end;
  if (GROUP_NOUNS.has(head.lower) || GENERIC_PEOPLE.has(head.lower)) {
    // Modifiers going left: "the foreign and defence ministers", "a Nigerian trade delegation".
    let k = j - 1;
    while (k >= 0 && j - k <= STORY_LIMITS.groupWords) {
      const t = tk[k] as Token;
      if (!t.word || NP_STOP.has(t.lower) || VERB_LEAD.has(t.lower)) {
        // "foreign and defence ministers": an "and" between two modifiers stays inside the phrase.
        if (t.lower === 'and' && k > 0 && !capital(tk[k - 1]) && (tk[k - 1] as Token).word && k + 1 < j) {
          k--;
          continue;
        }
        break;
      }
      if (DETERMINER.has(t.lower)) {
        first = k;
        break;
      }
      // A capitalised word further left is a demonym or a name inside the phrase only when it touches it.
      first = k;
      k--;
    }
    const generic = !origin && GENERIC_PEOPLE.has(head.lower) && !tk.slice(first, j).some((t) => capital(t) || DETERMINER.has(t.lower));
    return { name: s.text.slice((tk[first] as Token).start - s.start, tail - s.start), start: (tk[first] as Token).start, end: tail, generic, origin };
  }
  // "Members of the 25th Infantry Division are heading to": a group noun, "of", a named body.
  if (capital(head)) {
    let k = j;
    while (k >= 0 && (capital(tk[k]) || /^\d/.test((tk[k] as Token).text) || (tk[k] as Token).lower === 'of' || (tk[k] as Token).lower === 'the')) k--;
    const runStart = k + 1;
    const run = tk.slice(runStart, j + 1);
    const ofAt = run.findIndex((t) => t.lower === 'of');
    const lead = tk[runStart];
    if (lead && GROUP_NOUNS.has(lead.lower) && ofAt > 0) {
      return { name: s.text.slice(lead.start - s.start, head.end - s.start), start: lead.start, end: head.end, generic: false };
    }
    // "Real Madrid travelled": two or more capitalised words that are not only a place, at the clause start.
    const named = run.filter((t) => t.word && capital(t));
    const before = tk[runStart - 1];
    const clauseStart = !before?.word || NP_STOP.has(before.lower);
    const allPlace = named.every((t) => places.at(t.start));
    if (named.length >= 2 && named.length <= STORY_LIMITS.teamNameWords && clauseStart && !allPlace && run[0]?.lower !== 'of') {
      return { name: s.text.slice((run[0] as Token).start - s.start, head.end - s.start), start: (run[0] as Token).start, end: head.end, generic: false };
    }
  }
  return undefined;
}

/** "Those attending include …", "Attendees will include …": the sentence lists who comes to a meeting. */
const ATTENDEES_OPEN =
  /^\s*(?:(?:Those|People|Leaders|Officials|Ministers|Delegates|Participants)\s+(?:attending|taking part|expected to attend)|Attendees|Participants|Guests)\s+(?:will\s+)?(?:include|included|are|were|will be)\s+/i;

/**
 * Who a sentence says attends the meeting named just before it: "The shelling came before talks to be held
 * in Helsinki. Those attending include the foreign ministers from Armenia, …" — the first group of the list
 * (up to the first comma), with the place it comes from when its phrase says ("from Turkey").
 *
 * @example attendeesOf(sentence, places) // → { name: 'the foreign ministers from Armenia', origin: Armenia, … }
 */
export function attendeesOf(s: SentenceInfo, places: PlaceIndex): GroupTraveller | undefined {
  const open = ATTENDEES_OPEN.exec(s.text);
  if (!open) return undefined;
  const start = s.start + open[0].length;
  const rest = s.text.slice(open[0].length);
  const end = start + (/[,;.]/.exec(rest)?.index ?? rest.length);
  const words = s.tokens.filter((t) => t.start >= start && t.end <= end);
  if (!words.some((t) => GROUP_NOUNS.has(t.lower))) return undefined;
  const from = words.findIndex((t) => t.lower === 'from');
  const pm = from >= 0 ? places.at((words[from + 1] as Token | undefined)?.start ?? -1) : undefined;
  return { name: s.text.slice(start - s.start, end - s.start).trim(), start, end, generic: false, origin: pm };
}

/** "sending thousands of refugees into Kenya": people driven out, and the verb that drives them. */
const DRIVE_VERBS = new Set(['sending', 'sent', 'send', 'sends', 'driving', 'drove', 'driven', 'forcing', 'forced', 'pushing', 'pushed']);
const DISPLACED = new Set(['refugees', 'migrants', 'civilians', 'people', 'families', 'residents', 'asylum-seekers']);
/** What drives people from a place: "the drought in Somalia", "fighting in Mosul". */
const CONFLICT_NOUNS = new Set(['war', 'conflict', 'fighting', 'violence', 'crisis', 'famine', 'drought', 'offensive', 'bombardment']);

/** A flight of refugees a conflict drives: the group, the place of the conflict, the place they reach. */
export interface Displacement {
  group: GroupTraveller;
  from: PlaceMention;
  to: PlaceMention;
  /** Offsets of the driving verb through the destination. */
  start: number;
  end: number;
}

/**
 * "The drought in Somalia has lasted five seasons, sending hundreds of thousands of people into Kenya": the people a
 * conflict drives out travel from the conflict's place to where they are sent. Both places must be named
 * in the sentence (the conflict's "in X" before the verb, "into/to Y" after the group).
 *
 * @example displacementIn(sentence, places) // → { group: { name: 'hundreds of thousands of people' }, from: Somalia, to: Kenya, … }
 */
export function displacementIn(s: SentenceInfo, places: PlaceIndex): Displacement | undefined {
  const tk = s.tokens;
  for (let i = 0; i < tk.length; i++) {
    if (!DRIVE_VERBS.has((tk[i] as Token).lower)) continue;
    let g = i + 1;
    while (g < tk.length && g - i <= STORY_LIMITS.groupWords && !DISPLACED.has((tk[g] as Token).lower)) {
      if (!(tk[g] as Token).word && (tk[g] as Token).text !== ',') break;
      g++;
    }
    const head = tk[g];
    const prep = tk[g + 1]?.lower;
    if (!head || !DISPLACED.has(head.lower) || (prep !== 'into' && prep !== 'to' && prep !== 'across')) continue;
    const dest = places.at(tk[g + 2]?.start ?? -1);
    if (!dest || dest.start !== tk[g + 2]?.start) continue;
    let from: PlaceMention | undefined;
    for (let k = i - 1; k >= 1 && !from; k--) {
      if ((tk[k] as Token).lower !== 'in' || !CONFLICT_NOUNS.has((tk[k - 1] as Token).lower)) continue;
      const pm = places.at(tk[k + 1]?.start ?? -1);
      if (pm && pm.start === tk[k + 1]?.start) from = pm;
    }
    if (!from || from.place.id === dest.place.id) continue;
    const first = tk[i + 1] as Token;
    return {
      group: { name: s.text.slice(first.start - s.start, head.end - s.start), start: first.start, end: head.end, generic: false },
      from,
      to: dest,
      start: (tk[i] as Token).start,
      end: dest.end,
    };
  }
  return undefined;
}
