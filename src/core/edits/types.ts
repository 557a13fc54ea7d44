/**
 * A person's corrections of the automatic reading, as data. An {@link Edit} is a serialisable command applied
 * on top of the analysis (never a mutated copy of it), so the analysis can be re-run — a newer gazetteer, a
 * better story reader — and the edits still apply. Edits therefore name what they touch by what survives a
 * re-run of the same text: a mention's offsets and words, a place's id and name, a route's id and its
 * supporting sentence; never an index into the feature array.
 *
 * What the exported GeoJSON says about edits (see README, "What is in the GeoJSON"):
 * - A feature a person changed or added carries `properties.edited` ({@link EditedMark}): `by: "person"`,
 *   the fields that differ from the machine's reading, the ids of the edits behind them, and `original`, the
 *   machine's choice (`null` for a feature the person added).
 * - The collection carries `edits` ({@link EditsSummary}) when any edit was applied: how many, and the features
 *   a person removed (a removed feature is not in `features`, so this is where a reader learns of it).
 * - The binding fields keep their meaning: `id` stays the machine's id for a corrected feature (its routes
 *   and events keep pointing at it), `properties.name` is the name of the place now chosen,
 *   `properties.mentions` the article's words that now support the feature.
 */
import type { RouteStatus, StoryDate } from '../geojson/types';
import type { GazetteerRef, PlaceType } from '../types';

/** One occurrence in the article: UTF-16 offsets and the words there (`text === article.text.slice(start, end)`). */
export interface MentionRef {
  start: number;
  end: number;
  text: string;
}

/**
 * Which place an edit means. Looked up by `mention` first (the words of the article are the same on a re-run,
 * the place's id may not be), then by `id`; `name` is the machine's name at the time, for messages.
 * A place with no mentions (a home capital the story implies) is found by `id` alone.
 */
export interface PlaceRef {
  id: string;
  name: string;
  mention?: MentionRef;
}

/**
 * Which route or event an edit means: by `id`, else (after a re-run changed its id) the feature of the same
 * kind whose first supporting sentence starts at `mentionStart` and whose ends are named `fromName`/`toName`.
 */
export interface StoryRef {
  kind: 'route' | 'event';
  id: string;
  name: string;
  mentionStart?: number;
  fromName?: string;
  toName?: string;
}

/**
 * The place a person chose: a gazetteer entry (copied here, so applying needs no gazetteer and a file of
 * edits stays readable without one), or a pin they dropped and named for a place no gazetteer has.
 */
export type PlaceChoice =
  | {
      type: 'gazetteer';
      ref: GazetteerRef;
      name: string;
      lon: number;
      lat: number;
      placeType: PlaceType;
      countryCode: string;
      /** ISO alpha-3, for a country (joins the basemap and borders). */
      iso3?: string;
      /** First-level division code (GeoNames admin1; US postal code), when known. */
      admin1?: string;
      /** The division's and the country's names ("Texas", "United States"), carried into the place's properties. */
      admin1Name?: string;
      countryName?: string;
      population?: number;
    }
  | { type: 'custom'; name: string; lon: number; lat: number; countryCode?: string };

/** Every edit has an id (unique in its list), the time it was made (ISO 8601), and its kind. */
export interface EditBase {
  id: string;
  at: string;
}

/** Another place for a name: every mention of the place moves (one sense per article). */
export interface ChoosePlaceEdit extends EditBase {
  kind: 'choose-place';
  place: PlaceRef;
  choice: PlaceChoice;
}

/** Another place for one mention only; the place's other mentions stay where they were. */
export interface ChooseMentionEdit extends EditBase {
  kind: 'choose-mention';
  mention: MentionRef;
  choice: PlaceChoice;
}

/** Not a place: the place and every mention go (routes that start or end there go with it). */
export interface RemovePlaceEdit extends EditBase {
  kind: 'remove-place';
  place: PlaceRef;
}

/** Not a place here: one mention goes; a place left with no mention goes too. */
export interface RemoveMentionEdit extends EditBase {
  kind: 'remove-mention';
  mention: MentionRef;
}

/**
 * A missing place: the selected words become its mention, and (unless `sameWords` is false) every other exact
 * occurrence of the same words that no place claims joins it. Words already a mention of another place are
 * taken from it when they are the selection itself.
 */
export interface AddPlaceEdit extends EditBase {
  kind: 'add-place';
  mention: MentionRef;
  choice: PlaceChoice;
  sameWords?: boolean;
}

/** The person drags a marker: the position is theirs from then on. */
export interface MovePlaceEdit extends EditBase {
  kind: 'move-place';
  place: PlaceRef;
  lon: number;
  lat: number;
}

export interface DeleteRouteEdit extends EditBase {
  kind: 'delete-route';
  route: StoryRef;
}

export interface DeleteEventEdit extends EditBase {
  kind: 'delete-event';
  event: StoryRef;
}

/**
 * A journey the reader missed. Its feature id is `route:added:<edit id>`, so later edits can refer to it.
 * `traveller` is free text ("" for none); `from` and `to` name places of the (edited) map.
 */
export interface AddRouteEdit extends EditBase {
  kind: 'add-route';
  traveller: string;
  from: PlaceRef;
  to: PlaceRef;
  status: RouteStatus;
  date?: StoryDate;
}

/** The journey went the other way: from and to swap (the route keeps its id). */
export interface ReverseRouteEdit extends EditBase {
  kind: 'reverse-route';
  route: StoryRef;
}

/** Happened, planned, proposed or cancelled, for a route or an event. */
export interface SetStatusEdit extends EditBase {
  kind: 'set-status';
  target: StoryRef;
  status: RouteStatus;
}

/** A route's or event's date, as the person states it (`label` is what the timeline shows). */
export interface SetDateEdit extends EditBase {
  kind: 'set-date';
  target: StoryRef;
  date: StoryDate;
}

/**
 * A journey the story reader listed as possible but did not draw (the collection's `possibleJourneys`, with
 * `certainty: "possible"`) is drawn: it moves into `features` without `certainty` and `doubt`. Keyed on the
 * feature id (`journey.kind` says route or visit event).
 */
export interface PromoteJourneyEdit extends EditBase {
  kind: 'promote-journey';
  journey: StoryRef;
}

export type Edit =
  | ChoosePlaceEdit
  | ChooseMentionEdit
  | RemovePlaceEdit
  | RemoveMentionEdit
  | AddPlaceEdit
  | MovePlaceEdit
  | DeleteRouteEdit
  | DeleteEventEdit
  | AddRouteEdit
  | ReverseRouteEdit
  | SetStatusEdit
  | SetDateEdit
  | PromoteJourneyEdit;

export type EditKind = Edit['kind'];

/** An edit's outcome: applied, or kept but not applied, with the reason in words a person reads. */
export interface EditOutcome {
  editId: string;
  applied: boolean;
  reason?: string;
}

/** Fields of a feature a person's edits changed (compared with the machine's reading). */
export type EditedField =
  | 'added'
  | 'name'
  | 'coordinates'
  | 'gazetteer'
  | 'placeType'
  | 'countryCode'
  | 'mentions'
  | 'from'
  | 'to'
  | 'status'
  | 'date'
  | 'place'
  | 'drawn';

/** The machine's choice for a place, before the person's edits. */
export interface OriginalPlace {
  name: string;
  coordinates: [number, number];
  gazetteer: GazetteerRef;
  placeType: PlaceType;
  countryCode: string;
}

/** The machine's reading of a route or event, before the person's edits. */
export interface OriginalStory {
  from?: string;
  to?: string;
  place?: string;
  status: RouteStatus;
  date: StoryDate;
}

/** `properties.edited` of a feature a person changed or added. */
export interface EditedMark {
  by: 'person';
  fields: EditedField[];
  /** Ids of the edits behind the change, in the order they were made. */
  edits: string[];
  /** The machine's choice; null for a feature the person added. */
  original: OriginalPlace | OriginalStory | null;
}

/** A feature the person's edits took off the map (directly, or a route whose end was removed). */
export interface RemovedFeature {
  id: string;
  kind: 'place' | 'route' | 'event';
  name: string;
  /** The edit that removed it. */
  editId: string;
  /** Why, when it was not removed directly ("its end place was removed"). */
  because?: string;
}

/** The collection's `edits` member, present when any edit applied. */
export interface EditsSummary {
  by: 'person';
  applied: number;
  notApplied: number;
  removed: RemovedFeature[];
}

/** `properties.decidedBy` of a place the corrections memory decided (see ./memory.ts). */
export const DECIDED_BY_CORRECTIONS = 'your corrections';
