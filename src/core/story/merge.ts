/**
 * The merging stage: every leg and event the reader drafted, sentence by sentence, becomes one feature per
 * journey or event. A journey told three times ("Lavrov will visit Pyongyang … the visit … when he arrives")
 * is one route with three mentions; the strongest origin the text gave and the most precise date win, and
 * a journey told once without doubt is certain however often it is also told with one. Linear in the
 * number of drafts (one map lookup each), so a 10 MB article of repeated journeys merges in one pass.
 */
import type { RouteStatus } from '../geojson/types';
import type { Mention, ResolvedPlace } from '../types';
import type { Actor } from './actors';
import { morePrecise, type StoryDateEx } from './dates';
import {
  type DestinationBasis,
  type EventType,
  eventFeature,
  type OriginBasis,
  type RouteEvidence,
  routeFeature,
  type StoryEventFeature,
  type StoryRouteFeature,
} from './features';
import { firmer, statusGroup } from './status';
import { slug } from './text';
import { STORY_WEIGHTS as W } from './weights';

/** One journey as one sentence tells it, before merging. */
export interface Leg {
  evidence: RouteEvidence;
  /** Undefined for a journey whose traveller the text does not name ("a delegation", "the ship"). */
  actor?: Actor;
  from: ResolvedPlace;
  to: ResolvedPlace;
  date?: StoryDateEx;
  status: RouteStatus;
  confidence: number;
  origin: OriginBasis;
  destination: DestinationBasis;
  mentions: Mention[];
  /** Why the journey is only possible; undefined when a careful reader would agree with it. */
  doubt?: string;
}

/** One event (meeting, visit, incident, named event) as one sentence tells it; drafts with one `key` merge. */
export interface EventDraft {
  key: string;
  name: string;
  eventType: EventType;
  place?: ResolvedPlace;
  participantIds: string[];
  participants: string[];
  date?: StoryDateEx;
  dateSet: boolean;
  status: RouteStatus;
  confidence: number;
  mentions: Mention[];
  /** Why the visit is only possible; undefined when a careful reader would agree with it. */
  doubt?: string;
}

const UNKNOWN_DATE: StoryDateEx = { label: '', precision: 'unknown' };

/** Each mention once, in text order: called once per merged feature, so merging stays linear. */
function uniqueMentions(all: Mention[]): Mention[] {
  const seen = new Set<string>();
  const out: Mention[] = [];
  for (const m of all) {
    const k = `${m.start}:${m.end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(m);
  }
  return out.sort((x, y) => x.start - y.start);
}

function betterDate(a: StoryDateEx | undefined, b: StoryDateEx | undefined): StoryDateEx | undefined {
  if (!a) return b;
  if (!b) return a;
  return morePrecise(b, a) ? b : a;
}

const ORIGIN_RANK: Record<OriginBasis, number> = { stated: 3, 'previous-stop': 2, 'home-capital': 1 };

function placeSlug(p: ResolvedPlace): string {
  return slug(p.name);
}

/**
 * One route per traveller, destination and status group; the strongest origin and the most precise date win.
 * A trip only a meeting implies is dropped when the text tells the same traveller's trip there outright.
 *
 * @example
 * mergeLegs([visitTold, visitToldAgain]) // → one route:sergei-lavrov:moscow-pyongyang with both sentences as mentions
 */
export function mergeLegs(all: Leg[]): StoryRouteFeature[] {
  // A trip the text tells outright makes the one a meeting implies redundant, whatever its status.
  const traveller = (l: Leg) => l.actor?.id ?? '';
  const told = new Set(all.filter((l) => l.evidence === 'movement').map((l) => `${traveller(l)}|${l.to.id}`));
  const legs = all.filter((l) => l.evidence === 'movement' || !told.has(`${traveller(l)}|${l.to.id}`));
  const merged = new Map<string, Leg>();
  for (const l of legs) {
    // Unattributed journeys merge only with the same origin: two unnamed travellers are not one.
    const key = `${traveller(l)}|${l.actor ? '' : l.from.id}|${l.to.id}|${statusGroup(l.status)}`;
    const cur = merged.get(key);
    if (!cur) {
      merged.set(key, { ...l, mentions: [...l.mentions] });
      continue;
    }
    if (ORIGIN_RANK[l.origin] > ORIGIN_RANK[cur.origin]) {
      cur.from = l.from;
      cur.origin = l.origin;
    }
    if (l.evidence === 'movement') cur.evidence = 'movement';
    // Told once without doubt, the journey is certain however often it is also told with one.
    if (!l.doubt) cur.doubt = undefined;
    cur.date = betterDate(cur.date, l.date);
    cur.status = firmer(cur.status, l.status);
    cur.confidence = Math.max(cur.confidence, l.confidence);
    for (const m of l.mentions) cur.mentions.push(m);
  }
  const ids = new Set<string>();
  const out: StoryRouteFeature[] = [];
  for (const l of merged.values()) {
    let id = l.actor ? `route:${l.actor.id}:${placeSlug(l.from)}-${placeSlug(l.to)}` : `route:${placeSlug(l.from)}-${placeSlug(l.to)}`;
    if (ids.has(id)) id += `:${l.status}`;
    while (ids.has(id)) id += '-2';
    ids.add(id);
    out.push(
      routeFeature({
        id,
        evidence: l.evidence,
        actorIds: l.actor ? [l.actor.id] : [],
        actorNames: l.actor ? [l.actor.name] : [],
        from: l.from,
        to: l.to,
        date: l.date ?? UNKNOWN_DATE,
        status: l.status,
        confidence: Math.max(W.minConfidence, Math.min(W.maxConfidence, l.confidence)),
        origin: l.origin,
        destination: l.destination,
        mentions: uniqueMentions(l.mentions),
        doubt: l.doubt,
      }),
    );
  }
  return out;
}

/**
 * One event per key (a meeting at one place and status group, a visit of one person to one place, a named
 * event): participants are gathered, a real date beats a "no date has been set" note, the firmer status wins.
 *
 * @example
 * mergeEvents([summitInPanmunjom, summitInPanmunjomAgain]).length // → 1
 */
export function mergeEvents(drafts: EventDraft[]): StoryEventFeature[] {
  const merged = new Map<string, EventDraft>();
  for (const e of drafts) {
    const cur = merged.get(e.key);
    if (!cur) {
      merged.set(e.key, { ...e, participantIds: [...e.participantIds], participants: [...e.participants], mentions: [...e.mentions] });
      continue;
    }
    e.participantIds.forEach((id, i) => {
      if (!cur.participantIds.includes(id)) {
        cur.participantIds.push(id);
        cur.participants.push(e.participants[i] as string);
      }
    });
    // A real date beats the "date has not been set" note; otherwise the more precise one wins.
    if (cur.date?.precision === 'unknown' && e.date && e.date.precision !== 'unknown') cur.date = e.date;
    else cur.date = betterDate(cur.date, e.date);
    cur.dateSet = cur.dateSet && e.dateSet;
    cur.status = statusGroup(cur.status) === statusGroup(e.status) ? firmer(cur.status, e.status) : cur.status;
    cur.confidence = Math.max(cur.confidence, e.confidence);
    if (!e.doubt) cur.doubt = undefined;
    for (const m of e.mentions) cur.mentions.push(m);
  }
  const ids = new Set<string>();
  const out: StoryEventFeature[] = [];
  for (const e of merged.values()) {
    const where = e.place ? placeSlug(e.place) : e.participantIds.map((p) => slug(p.replace(/^place:/, ''))).join('-') || 'unplaced';
    let id = e.eventType === 'named' ? `event:${slug(e.name)}` : `event:${e.eventType}:${where}`;
    if (e.eventType === 'visit') id = `event:visit:${e.participantIds[0] ?? 'someone'}:${where}`;
    while (ids.has(id)) id += '-2';
    ids.add(id);
    out.push(
      eventFeature({
        id,
        name: e.name,
        eventType: e.eventType,
        place: e.place,
        participantIds: e.participantIds,
        participants: e.participants,
        date: e.date ?? UNKNOWN_DATE,
        dateSet: e.dateSet,
        status: e.status,
        confidence: Math.max(W.minConfidence, Math.min(W.maxConfidence, e.confidence)),
        mentions: uniqueMentions(e.mentions),
        doubt: e.doubt,
      }),
    );
  }
  return out;
}
