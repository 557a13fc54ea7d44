/**
 * Story legs and events → GeoJSON features per the contract (src/core/geojson/types.ts): routes as great-circle arcs in
 * the RFC 7946 form (split at ±180°), distances under the named models, simplestyle colours by status.
 */
import { distanceModels } from '../geo/distance';
import { greatCircleArc, splitAtAntimeridian } from '../geo/greatCircle';
import type { EventFeature, EventProperties, RouteFeature, RouteProperties, RouteStatus } from '../geojson/types';
import type { Mention, ResolvedPlace } from '../types';
import type { StoryDateEx } from './dates';

/** How a route's origin was found: stated in the text, the actor's previous stop, or their home capital. */
export type OriginBasis = 'stated' | 'previous-stop' | 'home-capital';
/** How a destination was found: a city named in the text, or the capital of a country named there. */
export type DestinationBasis = 'stated' | 'country-capital';

/** What a route rests on: a movement cue ("visited", "flew to"), or only a meeting abroad it implies. */
export type RouteEvidence = 'movement' | 'meeting';

/** Route properties with the story's own extras (still a valid contract RouteProperties). */
export interface StoryRouteProperties extends RouteProperties {
  date: StoryDateEx;
  actorIds: string[];
  /** Endpoint names, also for a home capital the article never names (its id is then in no place feature). */
  fromName: string;
  toName: string;
  /** 6378.137 km sphere (web maps). */
  webSphereKm: number;
  origin: OriginBasis;
  destination: DestinationBasis;
  evidence: RouteEvidence;
}

/** Meetings and visits, and incidents (attack, crash, disaster, protest) at their place. */
export type EventType = 'meeting' | 'summit' | 'talks' | 'visit' | 'named' | 'conference' | 'attack' | 'crash' | 'disaster' | 'protest';

export interface StoryEventProperties extends EventProperties {
  date: StoryDateEx;
  eventType: EventType;
  participantIds: string[];
  /** False when the text says the date has not been set. */
  dateSet: boolean;
}

export type StoryRouteFeature = RouteFeature & { properties: StoryRouteProperties };
export type StoryEventFeature = EventFeature & { properties: StoryEventProperties };

/** Colours by status: happened solid blue, planned amber, proposed violet, cancelled grey. */
export const STATUS_COLORS: Readonly<Record<RouteStatus, string>> = {
  happened: '#1d4ed8',
  planned: '#d97706',
  proposed: '#7c3aed',
  cancelled: '#6b7280',
};

const round1 = (x: number) => Math.round(x * 10) / 10;

export interface RouteInput {
  id: string;
  evidence: RouteEvidence;
  actorIds: string[];
  actorNames: string[];
  from: ResolvedPlace;
  to: ResolvedPlace;
  date: StoryDateEx;
  status: RouteStatus;
  confidence: number;
  origin: OriginBasis;
  destination: DestinationBasis;
  mentions: Mention[];
  /** Why the journey is only possible: it is then listed, not drawn (`certainty: "possible"`). */
  doubt?: string;
}

function dateWords(d: StoryDateEx): string {
  return d.label || 'date not stated';
}

/**
 * One route feature.
 *
 * @example
 * routeFeature({ id: 'route:wang-yi:beijing-moscow', from: beijing, to: moscow, … }).properties.distanceKm // ≈ 5793
 */
export function routeFeature(r: RouteInput): StoryRouteFeature {
  const a: [number, number] = [r.from.lon, r.from.lat];
  const b: [number, number] = [r.to.lon, r.to.lat];
  const d = distanceModels(a, b);
  // Enough vertices for a smooth arc at world scale (≈ one per 150 km), few for short hops.
  const npoints = Math.min(64, Math.max(8, Math.ceil(d.turfKm / 150)));
  // The stored form is RFC 7946 (cut at ±180°); only arcs that leave [−180, 180] need the cut.
  const line = greatCircleArc(a, b, { npoints });
  const crosses = line.type === 'MultiLineString' || line.coordinates.some((c) => Math.abs(c[0] as number) > 180);
  const geometry = crosses ? splitAtAntimeridian(line) : line;
  const km = round1(d.turfKm);
  // A journey with no named traveller ("a delegation flew from Paris to …") is named by its ends alone.
  const ends = `${r.from.name} → ${r.to.name}`;
  const name = r.actorNames.length > 0 ? `${r.actorNames.join(', ')}: ${ends}` : ends;
  return {
    type: 'Feature',
    id: r.id,
    geometry,
    properties: {
      kind: 'route',
      name,
      mentions: r.mentions,
      from: r.from.id,
      to: r.to.id,
      fromName: r.from.name,
      toName: r.to.name,
      actors: r.actorNames,
      actorIds: r.actorIds,
      date: r.date,
      status: r.status,
      distanceKm: km,
      ellipsoidKm: round1(d.ellipsoidKm),
      webSphereKm: round1(d.webSphereKm),
      confidence: Math.round(r.confidence * 100) / 100,
      origin: r.origin,
      destination: r.destination,
      evidence: r.evidence,
      ...(r.doubt ? { certainty: 'possible' as const, doubt: r.doubt } : {}),
      stroke: STATUS_COLORS[r.status],
      'stroke-width': 3,
      'stroke-opacity': r.status === 'happened' ? 0.9 : 0.7,
      title: name,
      description: `${dateWords(r.date)} · ${r.status} · ${km.toLocaleString('en-US')} km (Turf sphere)`,
    },
  };
}

export interface EventInput {
  id: string;
  name: string;
  eventType: EventType;
  place?: ResolvedPlace;
  participantIds: string[];
  participants: string[];
  date: StoryDateEx;
  dateSet: boolean;
  status: RouteStatus;
  confidence: number;
  mentions: Mention[];
  doubt?: string;
}

/**
 * One event feature: a Point at its place, or null geometry when the text sets no place.
 *
 * @example eventFeature({ id: 'event:summit:panmunjom', place: panmunjom, … }).geometry // → { type: 'Point', … }
 */
export function eventFeature(e: EventInput): StoryEventFeature {
  return {
    type: 'Feature',
    id: e.id,
    geometry: e.place ? { type: 'Point', coordinates: [e.place.lon, e.place.lat] } : null,
    properties: {
      kind: 'event',
      name: e.name,
      mentions: e.mentions,
      place: e.place?.id,
      participants: e.participants,
      participantIds: e.participantIds,
      eventType: e.eventType,
      date: e.date,
      dateSet: e.dateSet,
      status: e.status,
      confidence: Math.round(e.confidence * 100) / 100,
      ...(e.doubt ? { certainty: 'possible' as const, doubt: e.doubt } : {}),
      'marker-color': STATUS_COLORS[e.status],
      title: e.name,
      description: `${dateWords(e.date)} · ${e.status}${e.place ? '' : ' · place not set'}`,
    },
  };
}
