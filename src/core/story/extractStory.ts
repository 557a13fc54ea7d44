/**
 * The story step of the pipeline: article text + resolved places → who travelled where and when (route
 * features) and what happened where (event features).
 *
 * Passes: sentences → actors (titled introductions, names, short forms, titles, pronouns) → per sentence,
 * cues of movement and meeting tied to place mentions → dates (cueDates.ts) and status per cue → legs and events, merged
 * across sentences by the merging stage (merge.ts; a visit told three times is one route with three mentions) → GeoJSON.
 *
 * What the text does not support is left out or marked with lower confidence: an origin that is only the
 * actor's home capital, a destination that is only a country (→ its capital), an actor found through a
 * pronoun.
 */
import type { RouteStatus } from '../geojson/types';
import { type ArticleDocument, readDocument } from '../text/document';
import type { ArticleMeta, Mention, ResolvedPlace } from '../types';
import { type Actor, type ActorRef, findActors, type NameWords, type SentenceInfo } from './actors';
import { type Anchor, findAnchors, type Party } from './anchors';
import { assignDates, dateNotSet, futureWeekday, nearestDate } from './cueDates';
import { findDates, type StoryDateEx } from './dates';
import type { DestinationBasis, EventType, OriginBasis, StoryEventFeature, StoryRouteFeature } from './features';
import { attendeesOf, displacementIn, type GroupTraveller, groupBefore, tokenIndexAt } from './groups';
import { findIncidents } from './incidents';
import { type EventDraft, type Leg, mergeEvents, mergeLegs } from './merge';
import { isGeneralStatement, isHypothetical, isNetworkSentence } from './modality';
import { type CapitalLookup, PlaceIndex, type PlaceMention } from './places';
import { statusGroup, statusOf } from './status';
import { slug } from './text';
import { DOUBTS, STORY_LIMITS, STORY_WEIGHTS as W } from './weights';

export interface StoryOptions {
  /** Capital of a country by ISO alpha-2, for capitals the article does not name (the gazetteer's lookup). */
  capitalOf?: CapitalLookup;
  /** Given names and common words, so that people named without a title are found too (the gazetteer). */
  names?: NameWords;
  /** The article's document model, when the pipeline has read it already (else it is read here). */
  document?: ArticleDocument;
}

export interface Story {
  actors: Actor[];
  routes: StoryRouteFeature[];
  events: StoryEventFeature[];
  /** Journeys the reader doubts (`certainty: "possible"`, with the doubt in words): listed, not drawn. */
  possible: Array<StoryRouteFeature | StoryEventFeature>;
  /** Places a route needs that the article does not name (a home capital): add them as place features. */
  impliedPlaces: ResolvedPlace[];
}

/** Sentences opening with a fronted phrase ("During a visit to …, X said"). */
const FRONTED = /^\s*(?:During|After|Before|While|On|Upon|Following|Ahead of|Since|Fresh from|Back from)\b/;
const OBJECT_BEFORE = new Set(['with', 'between', 'by', 'invited', 'met', 'meet', 'meets', 'hosted', 'welcomed', 'received', 'of']);

const VAGUE_TYPES = new Set(['region', 'water', 'continent']);
/** Verb cues ("met in Norfolk") need a person taking part; "the borders meet at …" is no meeting. */
const MEET_VERBS = new Set(['met', 'meet', 'meets']);
const PEOPLE_WORDS =
  /\b(?:they|we|ministers|leaders|officials|presidents|delegations|envoys|diplomats|negotiators|heads of state|counterparts)\b/i;

function sentenceMention(s: SentenceInfo): Mention {
  return { start: s.start, end: s.end, text: s.text, excerpt: s.text };
}

/** A name followed by its speech verb (an appositive between allowed): "Mendes says", "David Mendes, her grandson, said". */
const SAYS_AFTER = /^\s*(?:,[^,.;]{1,60})?,?\s*(?:says|said|told|tells|added|explained|recalled|wrote)\b/;

/** "said … that", "told reporters": a speech verb between a person and a cue makes the person a speaker. */
const SPEAKER_BETWEEN = /\b(?:said|says|told|tells|announced|added|stated|confirmed|revealed|insisted|noted)\b/i;

/** Vehicles: a bare vehicle as the subject of a movement runs a service, it is no traveller. */
const VEHICLES = new Set(['train', 'trains', 'bus', 'buses', 'plane', 'planes', 'aircraft', 'flight', 'flights', 'ship', 'ships', 'ferry', 'ferries', 'vessel', 'truck', 'trucks', 'car', 'cars', 'vehicle', 'vehicles', 'jet', 'jets']);

function vehicleBefore(s: SentenceInfo, a: Anchor): boolean {
  const i = tokenIndexAt(s.tokens, a.cueStart);
  for (let k = i - 1; k >= 0 && k >= i - STORY_LIMITS.vehicleWords; k--) if (VEHICLES.has((s.tokens[k] as { lower: string }).lower)) return true;
  return false;
}

/** True when the reference is a possessive ("Brunson's lawyer"): the person owns, the noun acts. */
function possessive(s: SentenceInfo, r: ActorRef): boolean {
  const i = tokenIndexAt(s.tokens, r.start);
  if (i < 0) return false;
  let j = i;
  while (j < s.tokens.length && (s.tokens[j] as { end: number }).end <= r.end) j++;
  return s.tokens[j]?.lower === "'s";
}

/** The lower-case token just before offset `pos` in the sentence (binary search). */
function tokenBefore(s: SentenceInfo, pos: number): string | undefined {
  const tk = s.tokens;
  let lo = 0;
  let hi = tk.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tk[mid] as { start: number }).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? tk[lo - 1]?.lower : undefined;
}

/**
 * Extracts the story of an article.
 *
 * @example
 * const story = extractStory(text, analyzeArticle(text).places, { id: 'seed', title: '…', published: '2018-04-10' });
 * story.routes.map((r) => r.id) // → ['route:sergei-lavrov:moscow-pyongyang', 'route:ri-yong-ho:pyongyang-moscow', …]
 */
export function extractStory(text: string, places: readonly ResolvedPlace[], meta: ArticleMeta, options: StoryOptions = {}): Story {
  const article = typeof text === 'string' ? text : '';
  const index = new PlaceIndex(Array.isArray(places) ? places : [], options.capitalOf);
  const doc = options.document?.text === article ? options.document : readDocument(article);
  const sentences = doc.sentences;
  const { actors, byId, refs } = findActors(sentences, index, options.names);
  const published = meta?.published;

  const implied = new Map<string, ResolvedPlace>();
  const legs: Leg[] = [];
  const events: EventDraft[] = [];
  const lastStop = new Map<string, ResolvedPlace>();
  /** Where a traveller's planned journey was to start, when the text states it: they are there until it happens. */
  const plannedFrom = new Map<string, ResolvedPlace>();

  /** The actor a ref stands for; pronouns look back in the sentence, then to the previous sentences' subject. */
  const resolveRef = (r: ActorRef, list: ActorRef[]): { actor: Actor; kind: ActorRef['kind'] } | undefined => {
    if (r.actorId) {
      const a = byId.get(r.actorId);
      return a ? { actor: a, kind: r.kind } : undefined;
    }
    // "Blinken met Brunson's lawyer when he visited": a possessive is no antecedent of a subject pronoun.
    const earlier = list.filter((x) => x.end <= r.start && x.actorId && !possessive(s0(r.sentence), x));
    const prevInSentence = earlier[earlier.length - 1];
    if (prevInSentence) {
      const a = byId.get(prevInSentence.actorId as string);
      return a ? { actor: a, kind: 'pronoun' } : undefined;
    }
    const a = sentenceSubject(r.sentence - 1);
    return a ? { actor: a, kind: 'pronoun' } : undefined;
  };

  /**
   * The person a run of sentences is about, looking back from sentence k: its first named reference, or,
   * when it opens with "He"/"She", whoever that pronoun stands for ("Ms. Okafor … She paints … She is to
   * move to …"). Memoised, so a long run of pronoun sentences costs one step each.
   */
  const subjectMemo = new Map<number, Actor | null>();
  const sentenceSubject = (k: number): Actor | undefined => {
    if (k < 0) return undefined;
    const known = subjectMemo.get(k);
    if (known !== undefined) return known ?? undefined;
    let found: Actor | undefined;
    let source: Actor | undefined;
    for (let j = k; j >= 0 && j > k - STORY_LIMITS.pronounSentences; j--) {
      const list = refs[j] ?? [];
      const named = list.find((x) => x.actorId && !possessive(s0(j), x));
      const first = list[0];
      if (first && !first.actorId && (!named || named.start > first.start) && j < k) {
        found = sentenceSubject(j);
        break;
      }
      if (named) {
        const who = byId.get(named.actorId as string);
        // "Mendes says staff never checked her pass. She eventually made it to Lisbon": a source quoted about
        // someone is not the one the story follows; the person before the quotes is, else the source.
        if (who && SAYS_AFTER.test(article.slice(named.end, Math.min(s0(j).end, named.end + STORY_LIMITS.sourceReach)))) {
          source ??= who;
          continue;
        }
        found = who;
        break;
      }
    }
    found ??= source;
    subjectMemo.set(k, found ?? null);
    return found;
  };

  /** The subject(s) of a movement cue: the nearest person before it (plus "X and Y"), else the first after. */
  const subjectsOf = (
    s: SentenceInfo,
    a: Anchor,
  ): { actors: Actor[]; kind: ActorRef['kind']; after: boolean; start: number; end: number } | undefined => {
    const list = refs[s.index] ?? [];
    if (a.owner) {
      // "Kowalczyk's Barbados trips": the possessor travels; "her Paris trip": whoever "her" stands for.
      const own = a.owner;
      const named = list.find((r) => r.start <= own.start && own.start < r.end);
      const res = own.pronoun ? resolveRef({ kind: 'pronoun', start: own.start, end: own.end, sentence: s.index }, list) : named && resolveRef(named, list);
      return res ? { actors: [res.actor], kind: own.pronoun ? 'pronoun' : res.kind, after: false, start: own.start, end: own.end } : undefined;
    }
    const isSubject = (r: ActorRef) => !OBJECT_BEFORE.has(tokenBefore(s, r.start) ?? '') && !possessive(s, r);
    const before = list.filter((r) => r.end <= a.cueStart && isSubject(r));
    const pick = before[before.length - 1] ?? list.find((r) => r.start >= a.end && isSubject(r));
    if (!pick) return undefined;
    const main = resolveRef(pick, list);
    if (!main) return undefined;
    const group = [main.actor];
    // "Kim Jong Un and Moon Jae-in will travel to …"
    let i = list.indexOf(pick);
    while (i > 0) {
      const prev = list[i - 1] as ActorRef;
      const between = article.slice(prev.end, (list[i] as ActorRef).start);
      if (!/^\s*(?:,|and|, and)\s*$/.test(between)) break;
      const r = resolveRef(prev, list);
      if (r && !group.includes(r.actor)) group.unshift(r.actor);
      i--;
    }
    return { actors: group, kind: main.kind, after: pick.start >= a.end, start: pick.start, end: pick.end };
  };

  const s0 = (k: number) => sentences[k] as SentenceInfo;

  const note = (p: ResolvedPlace, named: boolean) => {
    if (!named && !implied.has(p.id)) implied.set(p.id, p);
  };

  /** A stop named in the text → the point to travel to: cities as they are, countries via their capital. */
  /**
   * A stop named in the text → the point to travel to: cities as they are; a country is its capital for an
   * official (state visits go to governments: "Lavrov will visit the DPRK" is Pyongyang), and the country
   * itself for anyone else ("Real Madrid travelled to Japan", "refugees from Sudan").
   */
  const destinationOf = (pm: PlaceMention, official = true): { place: ResolvedPlace; basis: DestinationBasis } | undefined => {
    // A region, sea or continent is no point to travel to ("peace in the Middle East").
    if (VAGUE_TYPES.has(pm.place.placeType)) return undefined;
    if (pm.place.placeType !== 'country' || !official) return { place: pm.place, basis: 'stated' };
    const cap = index.capital(pm.place.countryCode);
    if (!cap) return undefined;
    note(cap.place, cap.named);
    return { place: cap.place, basis: 'country-capital' };
  };

  const participantsOf = (parties: Party[]): { ids: string[]; names: string[] } => {
    const ids: string[] = [];
    const names: string[] = [];
    for (const p of parties) {
      if (p.actorId) {
        const a = byId.get(p.actorId);
        if (a) {
          ids.push(a.id);
          names.push(a.name);
        }
      } else if (p.place) {
        ids.push(p.place.place.id);
        names.push(p.place.place.name);
      }
    }
    return { ids, names };
  };

  /**
   * A movement with a stated origin and no person to carry it ("A delegation flew from Paris to Washington",
   * "thousands fled from Aleppo to Gaziantep"): the journey is drawn without a traveller, at lower confidence.
   * Without "from", an unattributed "travel to Beijing" says too little to draw.
   */
  const unattributedMove = (s: SentenceInfo, a: Anchor, rawDate: StoryDateEx | undefined, clauseStart: number, mention: Mention) => {
    const origin = a.origin ? destinationOf(a.origin, false) : undefined;
    if (!origin) return;
    // Roads and closures ("the A40 from Oxford to Cheltenham will be closed") are no one's journey.
    if (isNetworkSentence(s.text)) return;
    // "a freight train that travelled from Calgary to Regina": a vehicle's run; who travelled on it is not said.
    const doubt = vehicleBefore(s, a) ? DOUBTS.vehicle : undefined;
    const st = statusOf(article.slice(clauseStart, a.end), rawDate, published);
    let prev: { place: ResolvedPlace; basis: OriginBasis } = { place: origin.place, basis: 'stated' };
    for (const stop of a.stops.map((pm) => destinationOf(pm, false))) {
      if (!stop) return;
      if (prev.place.id === stop.place.id) continue;
      legs.push({
        doubt,
        evidence: 'movement',
        from: prev.place,
        to: stop.place,
        date: futureWeekday(rawDate, st.status, published),
        status: st.status,
        confidence: (st.basis === 'default' ? W.unattributedDefaultStatus : W.unattributedMove) + (stop.basis === 'country-capital' ? W.countryCapitalDestination : 0),
        origin: prev.basis,
        destination: stop.basis,
        mentions: [mention],
      });
      if (a.ordered) prev = { place: stop.place, basis: 'previous-stop' };
    }
  };

  /** The last meeting with a place, so that "Those attending include …" in the next sentences can go there. */
  let lastMeeting: { place: ResolvedPlace; status: RouteStatus; date?: StoryDateEx; sentence: number } | undefined;

  /** A group the text sends somewhere without a cue of its own (attendees, people driven out): a leg or a visit. */
  const groupJourney = (group: GroupTraveller, to: ResolvedPlace, from: ResolvedPlace | undefined, status: RouteStatus, date: StoryDateEx | undefined, confidence: number, mention: Mention) => {
    if (from?.id === to.id) return;
    const id = `group-${slug(group.name)}`;
    const actor: Actor = byId.get(id) ?? { id, name: group.name, mentions: [] };
    if (from) {
      legs.push({ evidence: 'movement', actor, from, to, date, status, confidence, origin: 'stated', destination: 'stated', mentions: [mention] });
      return;
    }
    events.push({
      key: `visit|${id}|${to.id}|${statusGroup(status)}`,
      name: `${group.name} visits ${to.name}`,
      eventType: 'visit',
      place: to,
      participantIds: [id],
      participants: [group.name],
      date,
      dateSet: true,
      status,
      confidence: confidence + W.visitEvent,
      mentions: [mention],
    });
  };

  for (const s of sentences) {
    const list = refs[s.index] ?? [];
    const anchors = findAnchors(s, list, index);
    const incidents = findIncidents(s, index);
    // "talks to be held in Helsinki. Those attending include the foreign ministers from Armenia": they go there.
    const attending = lastMeeting && s.index - lastMeeting.sentence <= STORY_LIMITS.attendeeSentences ? attendeesOf(s, index) : undefined;
    if (attending && lastMeeting) {
      const from = attending.origin ? destinationOf(attending.origin, false)?.place : undefined;
      groupJourney(attending, lastMeeting.place, from, lastMeeting.status, lastMeeting.date, W.statedMove + W.groupTraveller + W.attendeeOfMeeting, sentenceMention(s));
    }
    // "The drought in Somalia … sending hundreds of thousands of people into Kenya": the people driven out travel.
    const driven = displacementIn(s, index);
    if (driven && !isNetworkSentence(s.text)) {
      const to = destinationOf(driven.to, false)?.place;
      const from = destinationOf(driven.from, false)?.place;
      const st = statusOf(article.slice(s.start, driven.end), undefined, published);
      if (to) groupJourney(driven.group, to, from, st.status, undefined, W.statedMove + W.groupTraveller + (st.basis === 'default' ? W.defaultStatus : 0), sentenceMention(s));
    }
    if (anchors.length === 0 && incidents.length === 0) continue;
    const dates = findDates(s.text, s.start, published);
    const dateOf = assignDates(s, anchors, dates);
    const mention = sentenceMention(s);
    const notSet = dateNotSet(s.text);

    for (const inc of incidents) {
      // The incident's date: the nearest date phrase in reach ("in Multan on Friday").
      const date = nearestDate(inc, dates);
      const st = statusOf(article.slice(s.start, Math.min(s.end, inc.end + STORY_LIMITS.statusTail)), date, published);
      const name = `${inc.type.charAt(0).toUpperCase()}${inc.type.slice(1)} in ${inc.place.place.name}`;
      events.push({
        key: `${inc.type}|${inc.place.place.id}`,
        name,
        eventType: inc.type,
        place: inc.place.place,
        participantIds: [],
        participants: [],
        date,
        dateSet: true,
        status: st.status,
        confidence: W.incidentEvent,
        mentions: [mention],
      });
    }

    anchors.forEach((a, ai) => {
      const clauseStart = ai > 0 ? (anchors[ai - 1] as Anchor).end : s.start;
      const rawDate = dateOf.get(a);

      if (a.kind === 'move' || a.kind === 'presence') {
        // Generic and hypothetical travel is no journey: "If you travel to Paris", "A passenger flying from …".
        if (a.kind === 'move' && (isHypothetical(article.slice(clauseStart, a.cueStart)) || isGeneralStatement(s.text))) return;
        const group = a.kind === 'move' ? groupBefore(s, tokenIndexAt(s.tokens, a.cueStart), index) : undefined;
        if (group?.generic) return;
        let subj = subjectsOf(s, a);
        let doubt: string | undefined;
        if (subj && !subj.after && SPEAKER_BETWEEN.test(article.slice(subj.end, a.cueStart))) {
          // "The minister said … that Dutch inspectors would travel to Lisbon": the speaker is not the traveller.
          doubt = DOUBTS.speaker;
        }
        // A group right before the cue is nearer than any person before it: it is the traveller.
        if (group && !(subj && !subj.after && subj.end > group.start)) {
          const id = `group-${slug(group.name)}`;
          const actor: Actor = byId.get(id) ?? { id, name: group.name, mentions: [] };
          subj = { actors: [actor], kind: 'named', after: false, start: group.start, end: group.end };
          doubt = undefined;
        }
        if (!subj) {
          if (a.kind === 'move') unattributedMove(s, a, rawDate, clauseStart, mention);
          return;
        }
        // "During a visit to Moscow in early April, Chinese Foreign Minister Wang Yi said …": a fronted
        // phrase's subject follows its comma; any other subject after the cue may belong to another clause.
        if (subj.after && !(FRONTED.test(s.text) && /^[^,;.]*,[^,;.]*$/.test(article.slice(a.end, subj.start)))) doubt ??= DOUBTS.after;
        if (a.countryTour) doubt ??= DOUBTS.countryTour;
        const isGroup = subj.actors.some((x) => x.id.startsWith('group-'));
        const from = Math.min(clauseStart, subj.after ? a.start : (list.find((r) => byId.get(r.actorId ?? '') === subj.actors[0])?.start ?? a.start));
        const to = subj.after ? Math.min(s.end, a.end + STORY_LIMITS.statusTailAfterSubject) : a.end;
        const st = statusOf(article.slice(Math.max(s.start, Math.min(from, clauseStart)), to), rawDate, published);
        const date = futureWeekday(rawDate, st.status, published);
        let conf = W.statedMove;
        if (subj.kind === 'pronoun') conf += W.pronounTraveller;
        else if (subj.kind === 'alias' || subj.kind === 'role') conf += W.aliasTraveller;
        if (st.basis === 'default') conf += W.defaultStatus;
        if (isGroup) conf += W.groupTraveller;
        for (const actor of subj.actors) {
          const official = !!actor.role;
          const stops = a.stops.map((pm) => destinationOf(pm, official));
          let origin: { place: ResolvedPlace; basis: OriginBasis } | undefined;
          const statedOrigin = a.origin ?? (isGroup ? group?.origin : undefined);
          if (statedOrigin) {
            const o = destinationOf(statedOrigin, official);
            if (o) origin = { place: o.place, basis: 'stated' };
          } else if (a.continuation && lastStop.has(actor.id)) {
            origin = { place: lastStop.get(actor.id) as ResolvedPlace, basis: 'previous-stop' };
          } else if (a.diverted && plannedFrom.has(actor.id)) {
            // "was scheduled to fly from Boston to Lisbon … ended up in Toronto": from where the plan began.
            origin = { place: plannedFrom.get(actor.id) as ResolvedPlace, basis: 'previous-stop' };
          } else if (actor.countryCode) {
            const cap = index.capital(actor.countryCode);
            if (cap) {
              note(cap.place, cap.named);
              origin = { place: cap.place, basis: 'home-capital' };
            }
          }
          let prev = origin;
          for (const stop of stops) {
            if (!stop) {
              prev = undefined;
              continue;
            }
            if (!prev) {
              // No origin the text supports: the visit is an event at the destination, not a route. Someone
              // speaking "from Denver" with no known home is just somewhere, not visiting.
              if (a.kind === 'presence') continue;
              events.push({
                doubt,
                key: `visit|${actor.id}|${stop.place.id}|${statusGroup(st.status)}`,
                name: `${actor.name} visits ${stop.place.name}`,
                eventType: 'visit',
                place: stop.place,
                participantIds: [actor.id],
                participants: [actor.name],
                date,
                dateSet: true,
                status: st.status,
                confidence: conf + W.visitEvent,
                mentions: [mention],
              });
            } else if (prev.place.id !== stop.place.id) {
              let c = conf;
              if (prev.basis === 'home-capital') c += W.homeCapitalOrigin;
              if (stop.basis === 'country-capital') c += W.countryCapitalDestination;
              legs.push({
                doubt,
                evidence: 'movement',
                actor,
                from: prev.place,
                to: stop.place,
                date,
                status: st.status,
                confidence: c,
                origin: prev.basis,
                destination: stop.basis,
                mentions: [mention],
              });
            }
            // A list of stops is a chain only when the text gives the order ("then", "before", "on to").
            if (a.ordered || stops.length === 1) prev = { place: stop.place, basis: 'previous-stop' };
            if (st.status !== 'cancelled') lastStop.set(actor.id, stop.place);
            if (statusGroup(st.status) === 'future' && origin?.basis === 'stated') plannedFrom.set(actor.id, origin.place);
          }
        }
        return;
      }

      // Meetings and named events.
      // The clause up to the cue, plus a short tail: "Talks in Oslo will cover …" is ahead.
      const nextStart = ai + 1 < anchors.length ? (anchors[ai + 1] as Anchor).start : s.end;
      const st = statusOf(article.slice(clauseStart, Math.max(a.cueEnd, Math.min(a.end + STORY_LIMITS.statusTail, nextStart, s.end))), rawDate, published);
      const date = futureWeekday(rawDate, st.status, published);
      let parties = a.parties;
      if (a.kind === 'named-event' && parties.length === 0) {
        // "cooperation between the DPRK and ROK at the PyeongChang Winter Olympics"
        const bt = s.tokens.find((t) => t.lower === 'between' && t.end <= a.start);
        if (bt) parties = findAnchorsBetween(s, list, index, bt.start);
      }
      let pids: { ids: string[]; names: string[] };
      if (parties.length > 0 || a.kind === 'named-event') pids = participantsOf(parties);
      else {
        const seen = new Set<string>();
        const ids: string[] = [];
        const names: string[] = [];
        for (const r of list) {
          const res = resolveRef(r, list);
          if (res && !seen.has(res.actor.id)) {
            seen.add(res.actor.id);
            ids.push(res.actor.id);
            names.push(res.actor.name);
          }
        }
        pids = { ids, names };
      }
      if (MEET_VERBS.has(a.cueText) && pids.ids.every((id) => !byId.has(id))) {
        // "both ministers agreed to meet" is people meeting; "the borders meet at" is not.
        if (!PEOPLE_WORDS.test(article.slice(Math.max(s.start, a.cueStart - STORY_LIMITS.meetingPeopleReach), a.cueStart))) return;
      }
      const place = a.place?.place;
      const type: EventType =
        a.kind === 'named-event' ? 'named' : a.noun === 'summit' || a.noun === 'summits' ? 'summit' : a.noun === 'talks' || a.noun === 'negotiations' ? 'talks' : a.noun === 'conference' ? 'conference' : 'meeting';
      const noun = a.kind === 'named-event' ? a.noun : type.charAt(0).toUpperCase() + type.slice(1);
      const name =
        a.kind === 'named-event'
          ? a.noun
          : place
            ? `${noun} in ${place.name}`
            : `${noun} between ${pids.names.join(' and ')}`;
      const key =
        a.kind === 'named-event'
          ? `named|${slug(a.noun)}`
          : place
            ? `meet|${place.id}|${statusGroup(st.status)}`
            : `meet|${[...pids.ids].sort().join('+')}`;
      events.push({
        key,
        name,
        eventType: type,
        place,
        participantIds: pids.ids,
        participants: pids.names,
        date: date ?? (notSet ? { label: notSet, precision: 'unknown' } : undefined),
        dateSet: !notSet,
        status: st.status,
        confidence: place ? W.placedEvent : W.unplacedEvent,
        mentions: [mention],
      });
      if (place && a.kind === 'meeting') lastMeeting = { place, status: st.status, date, sentence: s.index };
      // A meeting abroad implies the trip there: participants whose country is not the venue's came from
      // home (origin implied, so low confidence). Named events list countries, not travellers.
      if (a.kind === 'meeting' && place && place.placeType !== 'country' && place.countryCode) {
        for (const id of pids.ids) {
          const actor = byId.get(id);
          if (!actor?.countryCode || actor.countryCode === place.countryCode) continue;
          const cap = index.capital(actor.countryCode);
          if (!cap || cap.place.id === place.id) continue;
          note(cap.place, cap.named);
          legs.push({
            evidence: 'meeting',
            actor,
            from: cap.place,
            to: place,
            date,
            status: st.status,
            confidence: W.meetingImpliedLeg,
            origin: 'home-capital',
            destination: 'stated',
            mentions: [mention],
          });
        }
      }
    });
  }

  const allRoutes = mergeLegs(legs);
  const allEvents = mergeEvents(events);
  return {
    actors,
    routes: allRoutes.filter((r) => !r.properties.certainty),
    events: allEvents.filter((e) => !e.properties.certainty),
    possible: [...allRoutes.filter((r) => r.properties.certainty), ...allEvents.filter((e) => e.properties.certainty)],
    impliedPlaces: [...implied.values()],
  };
}

/** The "between A and B" parties starting at offset `at` (used for named events). */
function findAnchorsBetween(s: SentenceInfo, list: ActorRef[], index: PlaceIndex, at: number): Party[] {
  // Reuse the anchor scanner on the sentence tail: a synthetic "meeting" cue is not needed; we read parties directly.
  const parties: Party[] = [];
  const tk = s.tokens;
  let j = tk.findIndex((t) => t.start === at) + 1;
  for (; j > 0 && j < tk.length; j++) {
    const t = tk[j];
    if (!t || t.text === ',' || t.text === '.' || t.lower === 'at' || t.lower === 'in') break;
    const ref = list.find((r) => r.start <= t.start && t.start < r.end && r.actorId);
    if (ref && !parties.some((p) => p.actorId === ref.actorId)) {
      parties.push({ actorId: ref.actorId });
      continue;
    }
    const pm = index.at(t.start);
    if (pm?.place.countryCode && !parties.some((p) => p.place?.place.id === pm.place.id)) parties.push({ place: pm });
  }
  return parties;
}
