/**
 * Cues of movement and meeting in a sentence, tied to the place mentions the geoparser found:
 * "a visit to Moscow", "traveled to Beijing", "arrived in Nairobi from Paris", "Ri said from Moscow" (the
 * speaker is there), "a summit in the border town of Panmunjom", "a meeting between the DPRK and the US",
 * "the PyeongChang Winter Olympics". No cue → no anchor: a place merely named is not a destination.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar';
import type { ActorRef, SentenceInfo } from './actors';
import { DETERMINERS } from './lexicon';
import type { PlaceIndex, PlaceMention } from './places';
import type { Token } from './text';
import { STORY_LIMITS } from './weights';

export type AnchorKind = 'move' | 'presence' | 'meeting' | 'named-event';

/** A participant named in a "between A and B" phrase: a person or a country. */
export interface Party {
  actorId?: string;
  place?: PlaceMention;
}

export interface Anchor {
  kind: AnchorKind;
  sentence: number;
  /** The cue word(s). */
  cueStart: number;
  cueEnd: number;
  /** The cue word, lower case ("visited", "summit", "met"). */
  cueText: string;
  /** Cue through the last place it governs. */
  start: number;
  end: number;
  /** Destinations in order (move, presence). */
  stops: PlaceMention[];
  /** Origin stated in the text ("from Tokyo"). */
  origin?: PlaceMention;
  /** Where a meeting or named event takes place. */
  place?: PlaceMention;
  /** "summit", "meeting", "talks" … or the event's own name. */
  noun: string;
  /** Participants from "between A and B". */
  parties: Party[];
  /** "then", "on to", "from there": continues the actor's previous leg. */
  continuation: boolean;
  /** The text gives the stops' order ("then", "before", "on to"); a bare list is several separate trips. */
  ordered: boolean;
  /** "touring Canada and the US": a tour of whole countries, whose stops the text does not name. */
  countryTour: boolean;
  /** A passive move ("was taken to", "were brought to"): the subject is the one moved. */
  passive: boolean;
  /** "ended up in", "wound up in": an arrival somewhere else than planned, so from where the plan started. */
  diverted?: boolean;
  /** "Kowalczyk's Barbados trips", "her Paris trip": the possessor is the traveller (offsets of the name or pronoun). */
  owner?: { start: number; end: number; pronoun: boolean };
}

const VISIT_WORDS = new Set(['visit', 'visits', 'visited', 'visiting', 'tour', 'tours', 'toured', 'touring']);
const TRIP_NOUNS = new Set(['trip', 'trips', 'journey', 'journeys', 'voyage', 'flight', 'mission', 'missions', 'pilgrimage', 'stopover', 'tour']);
const MOTION_VERBS = new Set([
  'travel',
  'travels',
  'traveled',
  'travelled',
  'traveling',
  'travelling',
  'fly',
  'flies',
  'flew',
  'flying',
  'head',
  'heads',
  'headed',
  'heading',
  'go',
  'goes',
  'went',
  'going',
  'return',
  'returns',
  'returned',
  'returning',
  'jetted',
  'sailed',
  'drove',
  'moved',
  'continue',
  'continues',
  'continued',
  'proceed',
  'proceeded',
  'move',
  'moves',
  'flee',
  'flees',
  'fled',
  'fleeing',
  'migrated',
]);
const LEAVE_VERBS = new Set(['leave', 'leaves', 'left', 'leaving', 'depart', 'departs', 'departed', 'departing', 'bound']);
/** "is due in", "are expected in": a scheduled arrival, after a form of "be". */
const EXPECTED_WORDS = new Set(['due', 'expected']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
const ARRIVE_VERBS = new Set(['arrive', 'arrives', 'arrived', 'arriving', 'land', 'lands', 'landed', 'landing']);
const REACH_VERBS = new Set(['reach', 'reaches', 'reached', 'reaching']);
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'tells', 'speaking', 'spoke', 'speaks', 'announced', 'wrote', 'stated']);
const MEET_WORDS = new Set([
  'summit',
  'summits',
  'meeting',
  'meetings',
  'talks',
  'conference',
  'negotiations',
  'met',
  'meet',
  'meets',
  'olympics',
  'paralympics',
  'forum',
  'expo',
]);
const EVENT_HEADS = new Set([
  'Olympics',
  'Paralympics',
  'Games',
  'Summit',
  'Forum',
  'Conference',
  'Expo',
  'Festival',
  'Championships',
  'Championship',
  'Marathon',
  'Biennale',
]);
const FILLERS = new Set(['on', 'back', 'onward', 'onwards', 'directly', 'straight', 'later', 'then', 'again', 'first', 'home', 'out', 'off', 'over', 'down', 'up', 'abroad']);
/** Passive moves: "was taken to", "were flown to", "had been deported to" — the subject is carried. */
const TRANSFER_VERBS = new Set(['taken', 'brought', 'flown', 'airlifted', 'rushed', 'transported', 'transferred', 'evacuated', 'deported', 'extradited', 'sent', 'moved', 'relocated']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are', 'later', 'then', 'quickly', 'immediately', 'also']);
/** Holidays: "while on vacation in Hawaii" places the person there. */
const HOLIDAY_NOUNS = new Set(['vacation', 'holiday', 'holidays', 'honeymoon']);
/** "ended up in", "wound up in": an arrival, often not where planned. */
const END_UP = new Set(['ended', 'wound', 'end', 'ends', 'ending']);
/** "made it to Paris", "making his way to the coast". */
const MAKE_VERBS = new Set(['make', 'makes', 'made', 'making']);
const POSSESSIVES = new Set(['their', 'his', 'her', 'its', 'our', 'my']);
/** Moving house or post: "moved to Texas", "is relocating to Leeds". */
const RELOCATE_VERBS = new Set(['relocate', 'relocates', 'relocated', 'relocating']);
/** Words between stops that state their order: a list without them is several separate trips. */
const ORDER_WORDS = new Set(['then', 'before', 'after', 'later', 'finally', 'onward', 'onwards', 'next']);
const STOP_SEPARATORS = new Set([',', 'and', 'then', 'before', 'after', 'to', 'on', 'heading', 'travelling', 'traveling', 'flying', 'going', 'moving', 'continuing', 'onward', 'onwards', 'finally', 'later', 'the', 'visiting', 'stopping', 'in']);
const BREAKS = new Set(['.', ';', ':', '!', '?', '(', '"', '“', '”']);

interface Ctx {
  tk: Token[];
  places: PlaceIndex;
}

/** The place mention starting at token k (after an optional "the"), and the token index after it. */
function placeStart(c: Ctx, k: number): { pm: PlaceMention; next: number } | undefined {
  let i = k;
  if (c.tk[i]?.lower === 'the') i++;
  const t = c.tk[i];
  if (!t) return undefined;
  const pm = c.places.at(t.start);
  if (!pm || pm.start !== t.start) return undefined;
  let next = i;
  while (next < c.tk.length && (c.tk[next] as Token).start < pm.end) next++;
  return { pm, next };
}

/**
 * "in the border town of Panmunjom": a place after up to four lower-case descriptive words and "of"; and,
 * after a determiner, the place of the thing named ("moved to a small flat in Montreal", "was taken to a
 * hospital in Halifax"). Without a determiner "to work in Montreal" is an errand, not a destination.
 */
function descriptivePlace(c: Ctx, k: number): { pm: PlaceMention; next: number } | undefined {
  const direct = placeStart(c, k);
  if (direct) return direct;
  let i = k;
  const determined = DETERMINERS.has(c.tk[i]?.lower ?? '');
  if (c.tk[i]?.lower === 'the' || determined) i++;
  for (let n = 0; n < STORY_LIMITS.descriptiveWords && i < c.tk.length; n++, i++) {
    const t = c.tk[i] as Token;
    // "the Peruvian capital of Lima": a demonym may qualify the descriptive noun.
    if (t.word && /^\p{Lu}/u.test(t.text) && c.places.at(t.start)?.place.placeType === 'country') continue;
    if (!t.word || /^\p{Lu}/u.test(t.text)) break;
    if (t.lower === 'of') return placeStart(c, i + 1);
    if (determined && n > 0 && (t.lower === 'in' || t.lower === 'at')) return placeStart(c, i + 1);
  }
  return theCapital(c, k);
}

/**
 * "travelling to the capital": the one national capital the article names, when it names exactly one
 * (news says "the capital" for the capital its story is about). Never a guess among several.
 */
function theCapital(c: Ctx, k: number): { pm: PlaceMention; next: number } | undefined {
  const the = c.tk[k];
  const cap = c.tk[k + 1];
  if (the?.lower !== 'the' || cap?.lower !== 'capital' || c.tk[k + 2]?.lower === 'of') return undefined;
  const place = c.places.soleCapital();
  return place ? { pm: { start: the.start, end: cap.end, place }, next: k + 2 } : undefined;
}

/** Further stops of a tour: "to Tokyo, Seoul and then Beijing". A country qualifying the previous city is not a stop. */
/** "on Tuesday", "in early May", "on 3 June": a short date phrase a tour may carry between its stops. */
const DATE_WORDS = new RegExp(`^(?:on|in|early|mid|late|${[...WEEKDAY_NAMES, ...MONTH_NAMES].join('|')}|\\d{1,4})$`);

function skipDatePhrase(c: Ctx, k: number): number {
  const first = c.tk[k]?.lower;
  if (first !== 'on' && first !== 'in') return k;
  let j = k + 1;
  while (j < c.tk.length && j - k <= STORY_LIMITS.datePhraseWords && DATE_WORDS.test((c.tk[j] as Token).lower)) j++;
  // Only a phrase that really names a day or month counts ("in Tokyo" is not one).
  return j > k + 1 ? j : k;
}

/** Place types that qualify a city before them after a bare comma: "Nashville, Tennessee", "Lyon, France". */
const QUALIFIER_TYPES = new Set(['country', 'admin1', 'admin2', 'region']);

function moreStops(c: Ctx, from: number, stops: PlaceMention[], order: { ordered: boolean }): number {
  let k = from;
  for (;;) {
    const afterDate = skipDatePhrase(c, k);
    let j = afterDate;
    let separated = false;
    let bareComma = true;
    while (j < c.tk.length && j - k < STORY_LIMITS.stopSeparatorWords && STOP_SEPARATORS.has((c.tk[j] as Token).lower)) {
      const l = (c.tk[j] as Token).lower;
      // After a date phrase a bare comma ends the clause ("in early April, Chinese Foreign Minister …").
      if (l === 'and' || l === 'then' || l === 'before' || l === 'to' || (l === ',' && afterDate === k)) separated = true;
      if (l !== ',') bareComma = false;
      if (ORDER_WORDS.has(l) || l === 'to') order.ordered = true;
      j++;
    }
    if (!separated) return k;
    const p = placeStart(c, j);
    if (!p) return k;
    // A place word opening a title or a name ("Chinese Foreign Minister", "Seoul Mayor") is no stop.
    const after = c.tk[p.next];
    if (after?.word && /^\p{Lu}/u.test(after.text)) return k;
    const prev = stops[stops.length - 1];
    // "Nashville, Tennessee" and "Paris and France" name one stop: the state or country qualifies the city.
    const sameCountry = !!prev && prev.place.countryCode === p.pm.place.countryCode;
    const qualifies =
      sameCountry && prev.place.placeType !== 'country' && (p.pm.place.placeType === 'country' || (bareComma && QUALIFIER_TYPES.has(p.pm.place.placeType)));
    if (!qualifies) stops.push(p.pm);
    k = p.next;
  }
}

/** "from Tokyo" right after position k (within two tokens). */
function fromPlace(c: Ctx, k: number): { pm: PlaceMention; next: number } | undefined {
  for (let j = k; j < k + STORY_LIMITS.fromReach && j < c.tk.length; j++) {
    const t = c.tk[j] as Token;
    if (BREAKS.has(t.text)) return undefined;
    if (t.lower === 'from') return placeStart(c, j + 1);
  }
  return undefined;
}

/** Moving house: "sold her house in Sherbrooke and moved to Montreal" states where the move began. */
const SETTLE_VERBS = new Set(['moved', 'move', 'moves', 'moving', 'relocated', 'relocate', 'relocates', 'relocating']);
/** Leaving a home, post or country in the clause before "and moved". */
const LEAVE_HOME_VERBS = new Set(['left', 'sold', 'quit', 'leaving', 'selling', 'quitting', 'fled', 'fleeing', 'abandoned']);

/** "sold her house in Sherbrooke, Que., and moved …", "left Halifax and moved …": the place left. */
function leftBefore(c: Ctx, i: number): PlaceMention | undefined {
  let j = i - 1;
  if (c.tk[j]?.lower !== 'and') return undefined;
  j--;
  if (c.tk[j]?.text === ',') j--;
  for (let k = j; k >= 0 && k > j - STORY_LIMITS.leftClauseWords; k--) {
    const t = c.tk[k] as Token;
    // A full stop inside the sentence ends an abbreviation ("Sherbrooke, Que."), not the clause.
    if (BREAKS.has(t.text) && t.text !== '.') return undefined;
    if (!LEAVE_HOME_VERBS.has(t.lower)) continue;
    for (let m = k + 1; m <= j; m++) {
      const w = c.tk[m] as Token;
      const at = m === k + 1 || w.lower === 'in' ? placeStart(c, w.lower === 'in' ? m + 1 : m) : undefined;
      if (at) return at.pm;
    }
    return undefined;
  }
  return undefined;
}

/** A stop on the way: the leg that ends at the destination began there. */
const LAYOVER_NOUNS = new Set(['layover', 'layovers', 'stopover', 'stopovers', 'connection', 'stop', 'stops']);

/** "made it to Lisbon after a six-hour layover in Toronto": where the last leg began. */
function layoverAfter(c: Ctx, k: number): PlaceMention | undefined {
  for (let j = k; j < c.tk.length && j < k + STORY_LIMITS.layoverReach; j++) {
    const t = c.tk[j] as Token;
    if (BREAKS.has(t.text) && t.text !== '.') return undefined;
    if (LAYOVER_NOUNS.has(t.lower) && (c.tk[j + 1]?.lower === 'in' || c.tk[j + 1]?.lower === 'at')) {
      // "after stops in Berlin and Rome": the last leg began at the last of them.
      let at = placeStart(c, j + 2);
      while (at && (c.tk[at.next]?.text === ',' || c.tk[at.next]?.lower === 'and')) {
        const next = placeStart(c, at.next + (c.tk[at.next + 1]?.lower === 'and' ? 2 : 1));
        if (!next) break;
        at = next;
      }
      return at?.pm;
    }
  }
  return undefined;
}

/** Verbs that continue from wherever the actor last was: "return to Tokyo". */
const RETURN_VERBS = new Set(['return', 'returns', 'returned', 'returning']);

/** "was taken to", or "was arrested … and brought to": a passive auxiliary before the participle. */
function passiveBefore(tk: readonly Token[], i: number): boolean {
  if (PASSIVE_AUX.has(tk[i - 1]?.lower ?? '')) return true;
  if (tk[i - 1]?.lower !== 'and') return false;
  for (let k = i - 2; k >= 0 && k >= i - STORY_LIMITS.passiveReach; k--) {
    const w = (tk[k] as Token).lower;
    if (BREAKS.has(w)) return false;
    if (w === 'was' || w === 'were' || w === 'been') return true;
  }
  return false;
}

function isContinuation(c: Ctx, i: number): boolean {
  if (RETURN_VERBS.has((c.tk[i] as Token).lower)) return true;
  for (let j = Math.max(0, i - STORY_LIMITS.continuationWords); j < i; j++) {
    const l = (c.tk[j] as Token).lower;
    if (l === 'then' || l === 'later' || l === 'there' || l === 'onward' || l === 'return' || l === 'eventually' || l === 'finally') return true;
  }
  const n1 = c.tk[i + 1]?.lower;
  return n1 === 'on' || n1 === 'onward' || n1 === 'onwards';
}

function moveAnchor(c: Ctx, s: SentenceInfo, i: number, kind: AnchorKind, destAt: number, cueEnd: number): Anchor | undefined {
  const cue = c.tk[i] as Token;
  let origin: PlaceMention | undefined;
  let k = destAt;
  const pre = c.tk[k]?.lower === 'from' ? placeStart(c, k + 1) : undefined;
  if (pre) {
    origin = pre.pm;
    k = pre.next;
    if (c.tk[k]?.lower === 'to' || c.tk[k]?.lower === 'for') k++;
  }
  const d = descriptivePlace(c, k);
  if (!d) return undefined;
  const stops = [d.pm];
  const order = { ordered: false };
  let end = kind === 'presence' ? d.next : moreStops(c, d.next, stops, order);
  if (!origin && kind === 'move') {
    const post = fromPlace(c, end);
    if (post) {
      origin = post.pm;
      end = post.next;
    }
  }
  if (!origin && kind === 'move' && SETTLE_VERBS.has(c.tk[i]?.lower ?? '')) origin = leftBefore(c, i);
  if (!origin && kind === 'move') origin = layoverAfter(c, end);
  const last = c.tk[end - 1] as Token;
  return {
    kind,
    sentence: s.index,
    cueStart: cue.start,
    cueEnd,
    cueText: cue.lower,
    start: cue.start,
    end: last.end,
    stops,
    origin,
    noun: cue.lower,
    parties: [],
    continuation: kind === 'move' && isContinuation(c, i),
    ordered: order.ordered,
    countryTour: VISIT_WORDS.has(cue.lower) && cue.lower.startsWith('tour') && stops.every((st) => st.place.placeType === 'country'),
    passive: false,
  };
}

/** Participants of "between A and B": people and countries up to the end of the phrase. */
function betweenParties(c: Ctx, refs: ActorRef[], k: number): { parties: Party[]; end: number } {
  const parties: Party[] = [];
  let end = k;
  for (let j = k + 1; j < c.tk.length && j < k + STORY_LIMITS.betweenWords; j++) {
    const t = c.tk[j] as Token;
    if (BREAKS.has(t.text) || t.text === ',') break;
    const ref = refs.find((r) => r.start <= t.start && t.start < r.end && r.actorId);
    if (ref) {
      if (!parties.some((p) => p.actorId === ref.actorId)) parties.push({ actorId: ref.actorId });
      while (j + 1 < c.tk.length && (c.tk[j + 1] as Token).start < ref.end) j++;
      end = j;
      continue;
    }
    const pm = c.places.at(t.start);
    if (pm?.place.countryCode) {
      if (!parties.some((p) => p.place?.place.id === pm.place.id)) parties.push({ place: pm });
      while (j + 1 < c.tk.length && (c.tk[j + 1] as Token).start < pm.end) j++;
      end = j;
      continue;
    }
    if (!/^(?:the|and|of|leaders?|heads?|governments?|delegations?|presidents?|officials?|sides?|representatives?|envoys?|ministers?|foreign)$/.test(t.lower)) break;
  }
  return { parties, end };
}

function meetingAnchor(c: Ctx, s: SentenceInfo, refs: ActorRef[], i: number): Anchor | undefined {
  const cue = c.tk[i] as Token;
  let place: { pm: PlaceMention; next: number } | undefined;
  let parties: Party[] = [];
  let end = i;
  for (let j = i + 1; j < c.tk.length && j < i + STORY_LIMITS.meetingPlaceReach; j++) {
    const t = c.tk[j] as Token;
    if (BREAKS.has(t.text)) break;
    if (MEET_WORDS.has(t.lower) || VISIT_WORDS.has(t.lower) || MOTION_VERBS.has(t.lower)) break;
    if (t.lower === 'between' && parties.length === 0 && j <= i + 3) {
      const b = betweenParties(c, refs, j);
      parties = b.parties;
      end = Math.max(end, b.end);
      j = b.end;
      continue;
    }
    if ((t.lower === 'in' || t.lower === 'at') && !place) {
      place = descriptivePlace(c, j + 1);
      if (place) {
        end = Math.max(end, place.next - 1);
        break;
      }
    }
  }
  // "…, where she is to meet …": the place is the one named just before ", where".
  if (!place) {
    for (let j = i - 1; j >= 1 && j >= i - STORY_LIMITS.whereReach; j--) {
      if ((c.tk[j] as Token).lower !== 'where' || (c.tk[j - 1] as Token).text !== ',') continue;
      const before = c.tk[j - 2];
      const pm = before ? c.places.at(before.start) : undefined;
      if (pm) place = { pm, next: j };
      break;
    }
  }
  if (!place && parties.length < 2) return undefined;
  return {
    kind: 'meeting',
    sentence: s.index,
    cueStart: cue.start,
    cueEnd: cue.end,
    cueText: cue.lower,
    start: cue.start,
    end: (c.tk[end] as Token).end,
    stops: [],
    place: place?.pm,
    noun: cue.lower === 'met' || cue.lower === 'meet' || cue.lower === 'meets' || cue.lower === 'meetings' ? 'meeting' : cue.lower,
    parties,
    continuation: false,
    ordered: false,
    countryTour: false,
    passive: false,
  };
}

/** Index of the first token starting at or after `pos` (binary search). */
function firstTokenFrom(tk: Token[], pos: number): number {
  let lo = 0;
  let hi = tk.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tk[mid] as Token).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "the PyeongChang Winter Olympics": a place followed by capitalised words ending in an event noun. */
function namedEvents(c: Ctx, s: SentenceInfo): Anchor[] {
  const out: Anchor[] = [];
  for (const pm of c.places.within(s.start, s.end)) {
    let j = firstTokenFrom(c.tk, pm.end);
    if (j >= c.tk.length) continue;
    const first = j;
    let head = -1;
    while (j < c.tk.length && j - first < STORY_LIMITS.eventNameWords && /^\p{Lu}/u.test((c.tk[j] as Token).text)) {
      if (EVENT_HEADS.has((c.tk[j] as Token).text)) head = j;
      j++;
    }
    if (head < 0) continue;
    const h = c.tk[head] as Token;
    out.push({
      kind: 'named-event',
      sentence: s.index,
      cueStart: pm.start,
      cueEnd: h.end,
      cueText: h.lower,
      start: pm.start,
      end: h.end,
      stops: [],
      place: pm,
      noun: s.text.slice(pm.start - s.start, h.end - s.start),
      parties: [],
      continuation: false,
      ordered: false,
      countryTour: false,
      passive: false,
    });
  }
  return out;
}

/** Nouns of travel a place may qualify: "Kowalczyk's Barbados trips", "her Paris trip". */
const PLACE_TRIP_NOUNS = new Set(['trip', 'trips', 'travels', 'visit', 'visits', 'tour', 'vacation', 'holiday', 'holidays', 'honeymoon']);
const OWNER_PRONOUNS = new Set(['his', 'her']);
/** "plans to spend", "will spend": a stay ahead, which is a journey there. */
const FUTURE_LEAD = new Set(['to', 'will', "'ll"]);
/** People one travels with: "moved with her two sons to Montreal". */
const COMPANIONS = /^(?:children|kids|family|wife|husband|partner|son|sons|daughter|daughters|parents|mother|father|friends?|fiancée?|girlfriend|boyfriend|team|staff|entourage|delegation|dog|pets?)$/;

/** After "with his wife", "with her two children": the token after the companion phrase, else `k`. */
function skipCompanions(tk: readonly Token[], k: number): number {
  if (tk[k]?.lower !== 'with') return k;
  for (let j = k + 1; j < tk.length && j <= k + STORY_LIMITS.companionWords; j++) {
    const w = (tk[j] as Token).lower;
    if (COMPANIONS.test(w)) return j + 1;
    if (!(tk[j] as Token).word) return k;
  }
  return k;
}

/** "Kowalczyk's Barbados trips", "his Paris trip": a possessor, a place, then a noun of travel. */
function ownedTrip(c: Ctx, s: SentenceInfo, i: number): Anchor | undefined {
  const prev = c.tk[i - 1];
  if (!prev) return undefined;
  const pm = c.places.at(prev.start);
  if (!pm || pm.end !== prev.end) return undefined;
  let p0 = i - 1;
  while (p0 > 0 && (c.tk[p0 - 1] as Token).start >= pm.start) p0--;
  const before = c.tk[p0 - 1];
  let owner: Anchor['owner'];
  if (before?.lower === "'s" && c.tk[p0 - 2]?.word && /^\p{Lu}/u.test((c.tk[p0 - 2] as Token).text)) {
    const name = c.tk[p0 - 2] as Token;
    owner = { start: name.start, end: name.end, pronoun: false };
  } else if (before && OWNER_PRONOUNS.has(before.lower)) owner = { start: before.start, end: before.end, pronoun: true };
  if (!owner) return undefined;
  const cue = c.tk[i] as Token;
  return {
    kind: 'move',
    sentence: s.index,
    cueStart: cue.start,
    cueEnd: cue.end,
    cueText: cue.lower,
    start: pm.start,
    end: cue.end,
    stops: [pm],
    noun: cue.lower,
    parties: [],
    continuation: false,
    ordered: false,
    countryTour: false,
    passive: false,
    owner,
  };
}

/**
 * Every word a cue below starts with: each branch of `findAnchors` asks for its word first, so a word outside
 * this set starts no anchor and is skipped with one look-up instead of a dozen.
 */
const CUE_WORDS: ReadonlySet<string> = new Set([
  ...PLACE_TRIP_NOUNS,
  ...VISIT_WORDS,
  ...TRIP_NOUNS,
  ...MOTION_VERBS,
  ...LEAVE_VERBS,
  ...HOLIDAY_NOUNS,
  ...END_UP,
  ...MAKE_VERBS,
  ...TRANSFER_VERBS,
  ...RELOCATE_VERBS,
  ...ARRIVE_VERBS,
  ...EXPECTED_WORDS,
  ...REACH_VERBS,
  ...SPEECH_VERBS,
  ...MEET_WORDS,
  'spend',
  'way',
  'stepped',
  'steps',
]);

/** The index of the next word token from `i` that may start a cue (the tokens' length when none). */
function nextCueWord(tk: readonly Token[], i: number): number {
  while (i < tk.length) {
    const t = tk[i] as Token;
    if (t.word && CUE_WORDS.has(t.lower)) return i;
    i++;
  }
  return i;
}

/**
 * All anchors of one sentence, in text order.
 *
 * @example
 * // "The DPRK Foreign Minister also traveled to Beijing last week." with Beijing resolved
 * findAnchors(sentence, refs, index) // → [{ kind: 'move', stops: [Beijing], noun: 'traveled', … }]
 */
export function findAnchors(s: SentenceInfo, refs: ActorRef[], places: PlaceIndex): Anchor[] {
  const c: Ctx = { tk: s.tokens, places };
  const out: Anchor[] = [];
  const tk = s.tokens;
  for (let i = nextCueWord(tk, 0); i < tk.length; i = nextCueWord(tk, i + 1)) {
    const t = tk[i] as Token;
    const l = t.lower;
    let a: Anchor | undefined;
    const owned = PLACE_TRIP_NOUNS.has(l) ? ownedTrip(c, s, i) : undefined;
    if (owned) {
      a = owned;
    } else if (l === 'spend' && FUTURE_LEAD.has(tk[i - 1]?.lower ?? '')) {
      // "plans to spend three weeks at her beach house in Barbados", "will spend the weekend in Lyon".
      for (let k = i + 1; k < tk.length && k <= i + STORY_LIMITS.stayReach; k++) {
        const w = tk[k] as Token;
        if (BREAKS.has(w.text) || w.text === ',') break;
        if (w.lower === 'in' || w.lower === 'at') {
          a = moveAnchor(c, s, i, 'move', k + 1, t.end);
          if (a) break;
        }
      }
    } else if (VISIT_WORDS.has(l) || TRIP_NOUNS.has(l)) {
      const nxt = tk[i + 1]?.lower;
      const at = nxt === 'to' || nxt === 'of' || (TRIP_NOUNS.has(l) && nxt === 'from') ? i + (nxt === 'from' ? 1 : 2) : i + 1;
      a = moveAnchor(c, s, i, 'move', at, t.end);
      // "touring a fish market in the port of Bergen", "toured a factory in Detroit": the place of the
      // thing visited, when a verb of visiting takes a lower-case object.
      if (!a && VISIT_WORDS.has(l) && !/^\p{Lu}/u.test(tk[i + 1]?.text ?? '')) {
        for (let k = i + 1; k < tk.length && k <= i + STORY_LIMITS.visitedObjectWords; k++) {
          const w = tk[k] as Token;
          if (!w.word || /^\p{Lu}/u.test(w.text)) break;
          if (w.lower === 'in' || w.lower === 'at') {
            a = moveAnchor(c, s, i, 'move', k + 1, t.end);
            break;
          }
        }
      }
    } else if (MOTION_VERBS.has(l) || LEAVE_VERBS.has(l)) {
      let k = i + 1;
      while (k < tk.length && k - i <= STORY_LIMITS.fillerWords && FILLERS.has((tk[k] as Token).lower)) k++;
      k = skipCompanions(tk, k);
      if (tk[k]?.lower === 'from') {
        a = moveAnchor(c, s, i, 'move', k, t.end);
      } else if (tk[k]?.lower === 'to' || (LEAVE_VERBS.has(l) && tk[k]?.lower === 'for')) {
        a = moveAnchor(c, s, i, 'move', k + 1, t.end);
      } else if (LEAVE_VERBS.has(l) && l !== 'bound') {
        // "left Tokyo for Los Angeles"
        const o = placeStart(c, i + 1);
        if (o && tk[o.next]?.lower === 'for') {
          a = moveAnchor(c, s, i, 'move', o.next + 1, t.end);
          if (a && !a.origin) a.origin = o.pm;
        }
      }
    } else if (HOLIDAY_NOUNS.has(l) && (tk[i - 1]?.lower === 'on' || POSSESSIVES.has(tk[i - 1]?.lower ?? '')) && (tk[i + 1]?.lower === 'in' || tk[i + 1]?.lower === 'to')) {
      // "while on vacation in Hawaii", "his holiday in Spain"
      a = moveAnchor(c, s, i, 'move', i + 2, t.end);
    } else if (END_UP.has(l) && tk[i + 1]?.lower === 'up' && tk[i + 2]?.lower === 'in') {
      a = moveAnchor(c, s, i, 'move', i + 3, t.end);
      if (a) a.diverted = true;
    } else if (MAKE_VERBS.has(l) && tk[i + 1]?.lower === 'it' && tk[i + 2]?.lower === 'to') {
      a = moveAnchor(c, s, i, 'move', i + 3, t.end);
    } else if (l === 'way' && POSSESSIVES.has(tk[i - 1]?.lower ?? '') && tk[i - 2]?.lower === 'on' && tk[i + 1]?.lower === 'to') {
      // "on her way to Edmonton"
      a = moveAnchor(c, s, i, 'move', i + 2, t.end);
    } else if (MAKE_VERBS.has(l) && POSSESSIVES.has(tk[i + 1]?.lower ?? '') && tk[i + 2]?.lower === 'way' && tk[i + 3]?.lower === 'to') {
      a = moveAnchor(c, s, i, 'move', i + 4, t.end);
    } else if ((l === 'stepped' || l === 'steps') && tk[i + 1]?.lower === 'off') {
      // "stepped off a plane in Beijing": an arrival where the vehicle stands.
      for (let k = i + 2; k < tk.length && k <= i + STORY_LIMITS.steppedOffWords; k++) {
        const w = (tk[k] as Token).lower;
        if (BREAKS.has(w) || w === ',') break;
        if (w === 'in' || w === 'at') {
          a = moveAnchor(c, s, i, 'move', k + 1, t.end);
          break;
        }
      }
    } else if (TRANSFER_VERBS.has(l) && passiveBefore(tk, i) && tk[i + 1]?.lower === 'to') {
      // "Ruiz was later taken to Sacramento": the one carried travels.
      a = moveAnchor(c, s, i, 'move', i + 2, t.end);
      if (a) a.passive = true;
    } else if (RELOCATE_VERBS.has(l) && tk[i + 1]?.lower === 'to') {
      a = moveAnchor(c, s, i, 'move', i + 2, t.end);
    } else if (ARRIVE_VERBS.has(l)) {
      const nxt = tk[i + 1]?.lower;
      if (nxt === 'in' || nxt === 'at') a = moveAnchor(c, s, i, 'move', i + 2, t.end);
    } else if (EXPECTED_WORDS.has(l) && COPULAS.has(tk[i - 1]?.lower ?? '')) {
      // "is due in London next week", "are expected back in Kabul": an arrival the text schedules.
      const k = tk[i + 1]?.lower === 'back' ? i + 2 : i + 1;
      if (tk[k]?.lower === 'in' || tk[k]?.lower === 'at') a = moveAnchor(c, s, i, 'move', k + 1, t.end);
    } else if (REACH_VERBS.has(l)) {
      a = moveAnchor(c, s, i, 'move', i + 1, t.end);
    } else if (SPEECH_VERBS.has(l)) {
      for (let k = i + 1; k <= i + STORY_LIMITS.fromReach && k < tk.length; k++) {
        const w = (tk[k] as Token).lower;
        if (BREAKS.has(w) || w === ',') break;
        if (w === 'from') {
          a = moveAnchor(c, s, i, 'presence', k + 1, t.end);
          break;
        }
      }
    }
    // "Forum Drive", "Summit County": a capitalised cue inside a longer proper name is no meeting.
    if (!a && MEET_WORDS.has(l) && !(i > 0 && /^\p{Lu}/u.test(t.text) && /^\p{Lu}/u.test(tk[i + 1]?.text ?? ''))) a = meetingAnchor(c, s, refs, i);
    if (a) {
      out.push(a);
      // Skip the tokens the anchor consumed.
      while (i + 1 < tk.length && (tk[i + 1] as Token).start < a.end) i++;
    }
  }
  out.push(...namedEvents(c, s));
  out.sort((a, b) => a.start - b.start);
  return out;
}
