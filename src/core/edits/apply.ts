/**
 * Applies a person's edits on top of an automatic analysis and re-derives everything that follows from the
 * places: routes that start or end at a corrected place (great-circle geometry, distances under the three
 * models), events at it, the borders the article refers to and the checked figures' verdicts. The countries
 * the map tints follow from the place features' `countryCode`/`iso3`, the timeline from the route and event
 * features, so both follow without work here.
 *
 * Pure: the analysis is not mutated; features nothing touched are the analysis' own objects.
 */
import { dequal } from 'dequal';
import { geoFeaturesFor } from '../claims';
import { validBorders } from '../geo/articleBorders';
import { type DistanceFigures, distanceModels } from '../geo/distance';
import { placeFeature } from '../geojson/places';
import type {
  AtlasCollection,
  AtlasFeature,
  BorderFeature,
  ClaimFeature,
  EventFeature,
  PlaceFeature,
  RouteFeature,
  RouteStatus,
  StoryDate,
} from '../geojson/types';
import type { StoryEventProperties, StoryRouteProperties } from '../story/features';
import { eventFeature, routeFeature } from '../story/features';
import { slugify } from '../text/normalize';
import { excerptFor, type Span, sentenceSpans } from '../text/sentences';
import type { Mention, ResolvedPlace } from '../types';
import type {
  Edit,
  EditedField,
  EditedMark,
  EditOutcome,
  EditsSummary,
  MentionRef,
  OriginalPlace,
  OriginalStory,
  PlaceChoice,
  PlaceRef,
  RemovedFeature,
  StoryRef,
} from './types';

export interface ApplyDeps {
  /**
   * Every border line (data/borders.geojson), so a country the person adds can bring in its border. Without
   * it the analysis' own border features are the list: borders can then be dropped but not gained.
   */
  borders?: readonly unknown[];
}

export interface ApplyResult {
  /** The analysis with the edits applied (the analysis itself when there are no edits). */
  collection: AtlasCollection;
  /** One per edit, in order: applied, or kept but not applied, with the reason. */
  outcomes: EditOutcome[];
}

/** The gazetteer reference of a pin a person dropped for a place no gazetteer has. */
export const PERSON_SOURCE = 'person';

/** A person's choice is as certain as the map gets. */
const PERSON_CONFIDENCE = 1;

/** Dragged positions carry float noise far below a map's precision: six decimals are ~0.1 m. */
const COORDINATE_DECIMALS = 6;

interface WorkPlace {
  id: string;
  /** The machine's feature; undefined for a place the person added. */
  feature?: PlaceFeature;
  place: ResolvedPlace;
  editIds: string[];
  /** The machine's choice behind a place split off from another by "only this mention". */
  splitFrom?: OriginalPlace;
  removed?: boolean;
}

interface WorkStory {
  feature: RouteFeature | EventFeature;
  kind: 'route' | 'event';
  from?: string;
  to?: string;
  place?: string;
  status: RouteStatus;
  date: StoryDate;
  /** Listed in `possibleJourneys`, not drawn. */
  possible: boolean;
  /** A possible journey the person promoted to the map. */
  promoted?: boolean;
  /** The person swapped the route's ends. */
  reversed: boolean;
  editIds: string[];
  added: boolean;
  deleted?: boolean;
}

class Stale extends Error {}

/**
 * Pairwise figures, remembered between applications: a person's edit moves one or two places, so re-checking
 * the article's figures needs only their pairs measured again (a 100-place article has 4,950 pairs, and the
 * ellipsoid distance is the expensive part). Keyed on the place objects, which are kept for features no edit
 * touched (see placeOfFeature), so the memo goes when the analysis goes.
 */
const pairMemo = new WeakMap<ResolvedPlace, WeakMap<ResolvedPlace, DistanceFigures>>();

function memoDistances(a: ResolvedPlace, b: ResolvedPlace): DistanceFigures {
  let row = pairMemo.get(a);
  if (!row) {
    row = new WeakMap();
    pairMemo.set(a, row);
  }
  let figures = row.get(b);
  if (!figures) {
    figures = distanceModels([a.lon, a.lat], [b.lon, b.lat]);
    row.set(b, figures);
  }
  return figures;
}

/** One place object per place feature: an unchanged feature gives the same object, and keeps its memo. */
const placeMemo = new WeakMap<PlaceFeature, ResolvedPlace>();

function placeOfFeature(f: PlaceFeature): ResolvedPlace {
  let p = placeMemo.get(f);
  if (!p) {
    p = placeOf(f);
    placeMemo.set(f, p);
  }
  return p;
}

/**
 * The borders and checked figures last derived for an analysis, and what they were derived from. Re-checking
 * the figures weighs every pair of places (20,000 in a 200-place article): an edit that leaves the named
 * places as they were (a route reversed, re-dated, deleted) gets the same features back without it.
 */
interface GeoMemo {
  text: string;
  /** deps.borders, or the analysis itself when its own border features were the list. */
  borders: unknown;
  named: ResolvedPlace[];
  /** The drawn routes' ids and unordered ends: a figure matched with two places names the route between them. */
  routeEnds: string;
  geo: AtlasFeature[];
}
const geoMemo = new WeakMap<AtlasCollection, GeoMemo>();

function samePlaces(a: readonly ResolvedPlace[], b: readonly ResolvedPlace[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i] || dequal(p, b[i]));
}

const round = (x: number) => Number(x.toFixed(COORDINATE_DECIMALS));

/** Longitudes dragged on a copy of the world east or west of the date line come back into [−180, 180]. */
function wrapLon(lon: number): number {
  const w = ((((lon + 180) % 360) + 360) % 360) - 180;
  return w === -180 && lon > 0 ? 180 : w;
}

function validPosition(lon: unknown, lat: unknown): [number, number] {
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90) {
    throw new Stale(`the position ${String(lon)}, ${String(lat)} is not a longitude and latitude`);
  }
  return [round(wrapLon(lon)), round(lat)];
}

function placeOf(f: PlaceFeature): ResolvedPlace {
  const p = f.properties;
  const [lon, lat] = f.geometry.coordinates as [number, number];
  return {
    id: f.id,
    name: p.name,
    lon,
    lat,
    placeType: p.placeType,
    countryCode: p.countryCode ?? '',
    ...(p.iso3 ? { iso3: p.iso3 } : {}),
    ...(typeof p.admin1Name === 'string' && p.admin1Name ? { admin1Name: p.admin1Name } : {}),
    ...(typeof p.countryName === 'string' && p.countryName ? { countryName: p.countryName } : {}),
    gazetteer: p.gazetteer,
    ...(p.population ? { population: p.population } : {}),
    confidence: p.confidence,
    candidates: p.candidates ?? [],
    reference: p.reference ?? 'literal',
    mentions: [...p.mentions],
  };
}

function originalOf(f: PlaceFeature): OriginalPlace {
  const p = f.properties;
  return {
    name: p.name,
    coordinates: [...(f.geometry.coordinates as [number, number])],
    gazetteer: p.gazetteer,
    placeType: p.placeType,
    countryCode: p.countryCode,
  };
}

/** Whether a place already is this choice (the same gazetteer entry, or the same pin). */
function isChoice(p: ResolvedPlace, c: PlaceChoice): boolean {
  if (c.type === 'gazetteer') return p.gazetteer.source === c.ref.source && p.gazetteer.id === c.ref.id;
  return p.gazetteer.source === PERSON_SOURCE && p.name === c.name && p.lon === round(c.lon) && p.lat === round(c.lat);
}

function checkChoice(c: PlaceChoice): void {
  if (!c || typeof c.name !== 'string' || !c.name.trim()) throw new Stale('the chosen place has no name');
  validPosition(c.lon, c.lat);
  if (c.type === 'gazetteer' && (!c.ref || typeof c.ref.source !== 'string' || typeof c.ref.id !== 'string')) {
    throw new Stale(`the chosen place ${c.name} has no gazetteer reference`);
  }
}

/** Makes `p` the chosen place (in place: `p` is the working copy). */
function becomeChoice(p: ResolvedPlace, c: PlaceChoice): void {
  const [lon, lat] = validPosition(c.lon, c.lat);
  p.name = c.name;
  p.lon = lon;
  p.lat = lat;
  p.confidence = PERSON_CONFIDENCE;
  delete p.iso3;
  delete p.population;
  // The old place's division and country are not the new one's.
  delete p.admin1Name;
  delete p.countryName;
  if (c.type === 'gazetteer') {
    p.gazetteer = { source: c.ref.source, id: c.ref.id };
    p.placeType = c.placeType;
    p.countryCode = c.countryCode ?? '';
    if (c.iso3) p.iso3 = c.iso3;
    if (c.admin1Name) p.admin1Name = c.admin1Name;
    if (c.countryName) p.countryName = c.countryName;
    if (c.population) p.population = c.population;
  } else {
    // A pin is a point on the ground the person knows; it has no population, type or gazetteer behind it.
    p.gazetteer = { source: PERSON_SOURCE, id: slugify(c.name) };
    p.placeType = 'landmark';
    p.countryCode = c.countryCode ?? '';
  }
}

const sameMention = (m: Mention, r: MentionRef) => m.start === r.start && m.text === r.text;
const overlaps = (m: { start: number; end: number }, r: { start: number; end: number }) => m.start < r.end && r.start < m.end;
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** The state of one application: the working places and story features, and what happened to them. */
class Applier {
  readonly places: WorkPlace[] = [];
  readonly stories: WorkStory[] = [];
  /** Ids of places merged into another: old id → the id that now stands for it. */
  readonly alias = new Map<string, string>();
  readonly removed: RemovedFeature[] = [];
  private spans: Span[] | undefined;
  private readonly text: string;

  constructor(readonly analysis: AtlasCollection) {
    this.text = typeof analysis.article?.text === 'string' ? analysis.article.text : '';
    for (const f of analysis.features) {
      const kind = f.properties?.kind;
      if (kind === 'place') this.places.push({ id: f.id, feature: f as PlaceFeature, place: placeOf(f as PlaceFeature), editIds: [] });
      else if (kind === 'route' || kind === 'event') this.stories.push(storyOf(f as RouteFeature | EventFeature, false));
    }
    // Journeys the story reader doubts are listed beside the features; a person may promote one.
    for (const f of Array.isArray(analysis.possibleJourneys) ? analysis.possibleJourneys : []) {
      const kind = f?.properties?.kind;
      if (kind === 'route' || kind === 'event') this.stories.push(storyOf(f, true));
    }
  }

  private excerpt(start: number, end: number): string {
    this.spans ??= sentenceSpans(this.text);
    return excerptFor(this.text, this.spans, start, end);
  }

  resolveId(id: string): string {
    let at = id;
    for (let i = 0; i < 100 && this.alias.has(at); i++) at = this.alias.get(at)!;
    return at;
  }

  private live(): WorkPlace[] {
    return this.places.filter((w) => !w.removed);
  }

  placeById(id: string): WorkPlace | undefined {
    const at = this.resolveId(id);
    return this.live().find((w) => w.id === at);
  }

  placeWithMention(m: MentionRef): WorkPlace | undefined {
    return this.live().find((w) => w.place.mentions.some((x) => sameMention(x, m)));
  }

  findPlace(ref: PlaceRef): WorkPlace {
    if (!ref || typeof ref.id !== 'string') throw new Stale('the edit names no place');
    if (ref.mention) {
      const w = this.placeWithMention(ref.mention);
      if (w) return w;
      throw new Stale(`“${ref.mention.text}” at offset ${ref.mention.start} is not a place in this analysis`);
    }
    const w = this.placeById(ref.id);
    if (w) return w;
    throw new Stale(`the place ${ref.name} (${ref.id}) is not in this analysis`);
  }

  findStory(ref: StoryRef, kind: 'route' | 'event'): WorkStory {
    if (!ref || typeof ref.id !== 'string') throw new Stale(`the edit names no ${kind}`);
    const live = this.stories.filter((s) => s.kind === kind && !s.deleted);
    const byId = live.find((s) => s.feature.id === ref.id);
    if (byId) return byId;
    // A re-run may name the route anew (its ends' ids changed): the same sentence and the same ends are it.
    const bySentence = live.find((s) => {
      const p = s.feature.properties;
      if (ref.mentionStart === undefined || p.mentions[0]?.start !== ref.mentionStart) return false;
      if (kind === 'event') return p.name === ref.name;
      const r = p as StoryRouteProperties;
      return r.fromName === ref.fromName && r.toName === ref.toName;
    });
    if (bySentence) return bySentence;
    throw new Stale(`the ${kind} ${ref.name} is not in this analysis`);
  }

  private touch(w: WorkPlace, editId: string): void {
    if (!w.editIds.includes(editId)) w.editIds.push(editId);
  }

  private remove(w: WorkPlace, editId: string, because?: string): void {
    w.removed = true;
    this.removed.push({ id: w.id, kind: 'place', name: w.place.name, editId, ...(because ? { because } : {}) });
  }

  /** Another place with the same choice, into which `w` merges (one place per gazetteer entry). */
  private twinOf(w: WorkPlace | undefined, c: PlaceChoice): WorkPlace | undefined {
    return this.live().find((o) => o !== w && isChoice(o.place, c));
  }

  private mergeInto(source: WorkPlace, target: WorkPlace, editId: string): void {
    target.place.mentions = [...target.place.mentions, ...source.place.mentions].sort((a, b) => a.start - b.start);
    if (target.place.reference === 'implied' && target.place.mentions.length > 0) target.place.reference = 'literal';
    this.touch(target, editId);
    this.remove(source, editId, `merged into ${target.place.name} (${target.id})`);
    this.alias.set(source.id, target.id);
  }

  private newPlaceId(name: string): string {
    const base = `place:${slugify(name)}`;
    const taken = new Set(this.places.map((w) => w.id));
    if (!taken.has(base)) return base;
    for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
  }

  /** A mention leaves its place; a place left with no mention (and not implied by the story) goes. */
  private takeMention(m: MentionRef, editId: string, why: string): Mention | undefined {
    const w = this.placeWithMention(m);
    if (!w) return undefined;
    const taken = w.place.mentions.find((x) => sameMention(x, m));
    w.place.mentions = w.place.mentions.filter((x) => !sameMention(x, m));
    this.touch(w, editId);
    if (w.place.mentions.length === 0) this.remove(w, editId, why);
    return taken;
  }

  /** A place for `mentions` as `choice`: joins the place that already is that choice, or a new place. */
  private placeFor(choice: PlaceChoice, mentions: Mention[], editId: string, splitFrom?: OriginalPlace): void {
    const twin = this.twinOf(undefined, choice);
    if (twin) {
      twin.place.mentions = [...twin.place.mentions, ...mentions].sort((a, b) => a.start - b.start);
      if (twin.place.reference === 'implied') twin.place.reference = 'literal';
      this.touch(twin, editId);
      return;
    }
    const place: ResolvedPlace = {
      id: this.newPlaceId(choice.name),
      name: choice.name,
      lon: 0,
      lat: 0,
      placeType: 'landmark',
      countryCode: '',
      gazetteer: { source: PERSON_SOURCE, id: '' },
      confidence: PERSON_CONFIDENCE,
      candidates: [],
      reference: 'literal',
      mentions: [...mentions].sort((a, b) => a.start - b.start),
    };
    becomeChoice(place, choice);
    this.places.push({ id: place.id, place, editIds: [editId], ...(splitFrom ? { splitFrom } : {}) });
  }

  apply(edit: Edit): void {
    switch (edit.kind) {
      case 'choose-place': {
        checkChoice(edit.choice);
        const w = this.findPlace(edit.place);
        const twin = this.twinOf(w, edit.choice);
        if (twin) this.mergeInto(w, twin, edit.id);
        else {
          becomeChoice(w.place, edit.choice);
          this.touch(w, edit.id);
        }
        return;
      }
      case 'choose-mention': {
        checkChoice(edit.choice);
        const w = this.placeWithMention(edit.mention);
        if (!w) throw new Stale(`“${edit.mention?.text}” at offset ${edit.mention?.start} is not a place in this analysis`);
        if (w.place.mentions.length === 1) {
          this.apply({ ...edit, kind: 'choose-place', place: { id: w.id, name: w.place.name, mention: edit.mention } });
          return;
        }
        if (isChoice(w.place, edit.choice)) return;
        const from = w.feature ? originalOf(w.feature) : w.splitFrom;
        const m = this.takeMention(edit.mention, edit.id, '')!;
        this.placeFor(edit.choice, [m], edit.id, from);
        return;
      }
      case 'remove-place': {
        const w = this.findPlace(edit.place);
        this.remove(w, edit.id);
        return;
      }
      case 'remove-mention': {
        if (!this.placeWithMention(edit.mention)) {
          throw new Stale(`“${edit.mention?.text}” at offset ${edit.mention?.start} is not a place in this analysis`);
        }
        this.takeMention(edit.mention, edit.id, 'its last mention was removed');
        return;
      }
      case 'add-place': {
        checkChoice(edit.choice);
        const sel = edit.mention;
        if (!sel || !Number.isInteger(sel.start) || !Number.isInteger(sel.end) || sel.end <= sel.start) {
          throw new Stale('the edit selects no words');
        }
        if (this.text.slice(sel.start, sel.end) !== sel.text) {
          throw new Stale(`the article does not have “${sel.text}” at offset ${sel.start}`);
        }
        // The selection itself wins over any mention it overlaps.
        for (const w of this.live()) {
          for (const m of w.place.mentions.filter((x) => overlaps(x, sel))) {
            this.takeMention(m, edit.id, `its last mention became part of “${sel.text}”`);
          }
        }
        const mentions: Mention[] = [{ start: sel.start, end: sel.end, text: sel.text, excerpt: this.excerpt(sel.start, sel.end) }];
        if (edit.sameWords !== false) {
          const claimed = this.live().flatMap((w) => w.place.mentions);
          for (let at = this.text.indexOf(sel.text); at >= 0; at = this.text.indexOf(sel.text, at + 1)) {
            const span = { start: at, end: at + sel.text.length };
            if (at === sel.start) continue;
            if (isWordChar(this.text[at - 1]) || isWordChar(this.text[span.end])) continue;
            if (claimed.some((m) => overlaps(m, span)) || mentions.some((m) => overlaps(m, span))) continue;
            mentions.push({ ...span, text: sel.text, excerpt: this.excerpt(span.start, span.end) });
          }
        }
        this.placeFor(edit.choice, mentions, edit.id);
        return;
      }
      case 'move-place': {
        const w = this.findPlace(edit.place);
        const [lon, lat] = validPosition(edit.lon, edit.lat);
        w.place.lon = lon;
        w.place.lat = lat;
        w.place.confidence = PERSON_CONFIDENCE;
        this.touch(w, edit.id);
        return;
      }
      case 'delete-route':
      case 'delete-event': {
        const s = edit.kind === 'delete-route' ? this.findStory(edit.route, 'route') : this.findStory(edit.event, 'event');
        s.deleted = true;
        this.removed.push({ id: s.feature.id, kind: s.kind, name: s.feature.properties.name, editId: edit.id });
        return;
      }
      case 'add-route': {
        const from = this.findPlace(edit.from);
        const to = this.findPlace(edit.to);
        if (from === to) throw new Stale(`a route needs two places (both ends are ${from.place.name})`);
        const id = `route:added:${edit.id}`;
        if (this.stories.some((s) => s.feature.id === id)) throw new Stale(`a route ${id} is already on the map`);
        this.stories.push(addedRoute(id, edit.traveller, from.place, to.place, edit.status, edit.date, edit.id));
        return;
      }
      case 'reverse-route': {
        const s = this.findStory(edit.route, 'route');
        [s.from, s.to] = [s.to, s.from];
        s.reversed = !s.reversed;
        s.editIds.push(edit.id);
        return;
      }
      case 'set-status':
      case 'set-date': {
        const kind = edit.target?.kind === 'event' ? 'event' : 'route';
        const s = this.findStory(edit.target, kind);
        if (edit.kind === 'set-status') {
          if (!STATUSES.has(edit.status)) throw new Stale(`“${String(edit.status)}” is not a status`);
          s.status = edit.status;
        } else {
          if (!edit.date || typeof edit.date.label !== 'string') throw new Stale('the edit has no date');
          s.date = edit.date;
        }
        s.editIds.push(edit.id);
        return;
      }
      case 'promote-journey': {
        const s = this.findStory(edit.journey, edit.journey?.kind === 'event' ? 'event' : 'route');
        if (!s.possible) throw new Stale(`the journey ${s.feature.properties.name} is already drawn`);
        s.possible = false;
        s.promoted = true;
        s.editIds.push(edit.id);
        return;
      }
      default:
        throw new Stale(`unknown edit kind “${String((edit as { kind?: unknown }).kind)}”`);
    }
  }
}

const STATUSES: ReadonlySet<string> = new Set<RouteStatus>(['happened', 'planned', 'proposed', 'cancelled']);

function storyOf(f: RouteFeature | EventFeature, possible: boolean): WorkStory {
  const p = f.properties;
  const base = {
    feature: f,
    status: p.status,
    date: p.date,
    possible,
    reversed: false,
    editIds: [],
    added: false,
  };
  if (p.kind === 'route') return { ...base, kind: 'route', from: p.from, to: p.to };
  return { ...base, kind: 'event', ...(p.place ? { place: p.place } : {}) };
}

function addedRoute(
  id: string,
  traveller: unknown,
  from: ResolvedPlace,
  to: ResolvedPlace,
  status: RouteStatus,
  date: StoryDate | undefined,
  editId: string,
): WorkStory {
  if (!STATUSES.has(status)) throw new Stale(`“${String(status)}” is not a status`);
  const who = typeof traveller === 'string' ? traveller.trim() : '';
  const when: StoryDate = date && typeof date.label === 'string' ? date : { label: '', precision: 'unknown' };
  const feature = routeFeature({
    id,
    evidence: 'movement',
    actorIds: [],
    actorNames: who ? [who] : [],
    from,
    to,
    date: when,
    status,
    confidence: PERSON_CONFIDENCE,
    origin: 'stated',
    destination: 'stated',
    mentions: [],
  });
  return { feature, kind: 'route', from: from.id, to: to.id, status, date: when, possible: false, reversed: false, editIds: [editId], added: true };
}

const sameDate = (a: StoryDate, b: StoryDate) => JSON.stringify(a) === JSON.stringify(b);

function placeChanged(w: WorkPlace): boolean {
  if (!w.feature) return true;
  const [lon, lat] = w.feature.geometry.coordinates;
  return w.place.lon !== lon || w.place.lat !== lat || w.place.name !== w.feature.properties.name;
}

function placeFields(w: WorkPlace): EditedField[] {
  const f = w.feature;
  if (!f) return w.splitFrom ? placeFieldsAgainst(w.place, w.splitFrom, true) : ['added'];
  const fields = placeFieldsAgainst(w.place, originalOf(f), false);
  const before = f.properties.mentions.map((m) => m.start).join(',');
  if (w.place.mentions.map((m) => m.start).join(',') !== before) fields.push('mentions');
  return fields;
}

function placeFieldsAgainst(p: ResolvedPlace, o: OriginalPlace, split: boolean): EditedField[] {
  const fields: EditedField[] = [];
  if (p.name !== o.name) fields.push('name');
  if (p.lon !== o.coordinates[0] || p.lat !== o.coordinates[1]) fields.push('coordinates');
  if (p.gazetteer.source !== o.gazetteer.source || p.gazetteer.id !== o.gazetteer.id) fields.push('gazetteer');
  if (p.placeType !== o.placeType) fields.push('placeType');
  if (p.countryCode !== o.countryCode) fields.push('countryCode');
  if (split) fields.push('mentions');
  return fields;
}

/** The place feature of a working place: the machine's own object when nothing touched it. */
function placeOut(w: WorkPlace): PlaceFeature {
  if (w.feature && w.editIds.length === 0) return w.feature;
  const built = placeFeature(w.place);
  const properties = { ...(w.feature?.properties ?? {}), ...built.properties };
  // Optional fields the new reading may lack must not survive from the machine's.
  if (!w.place.iso3) delete properties.iso3;
  if (!w.place.population) delete properties.population;
  if (!w.place.admin1Name) delete properties.admin1Name;
  if (!w.place.countryName) delete properties.countryName;
  if (w.feature && w.place.gazetteer !== w.feature.properties.gazetteer) delete properties.decidedBy;
  const edited: EditedMark = {
    by: 'person',
    fields: placeFields(w),
    edits: [...w.editIds],
    original: w.feature ? originalOf(w.feature) : (w.splitFrom ?? null),
  };
  return { ...(w.feature ?? {}), ...built, id: w.id, properties: { ...properties, edited } };
}

function endOf(geometry: RouteFeature['geometry'], which: 'first' | 'last'): [number, number] {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const line = which === 'first' ? lines[0]! : lines.at(-1)!;
  const c = which === 'first' ? line[0]! : line.at(-1)!;
  return [c[0]!, c[1]!];
}

/** A route end: the working place, or (for an end no place feature stands for) the drawn line's end. */
function endPlace(
  a: Applier,
  id: string,
  fallbackName: string,
  geometry: RouteFeature['geometry'],
  which: 'first' | 'last',
): ResolvedPlace | undefined {
  const w = a.placeById(id);
  if (w) return w.place;
  if (a.places.some((p) => p.id === a.resolveId(id))) return undefined; // removed
  const [lon, lat] = endOf(geometry, which);
  return {
    id,
    name: fallbackName,
    lon,
    lat,
    placeType: 'city',
    countryCode: '',
    gazetteer: { source: '', id: '' },
    confidence: 0,
    candidates: [],
    reference: 'implied',
    mentions: [],
  };
}

function storyMark(s: WorkStory, fields: EditedField[]): EditedMark {
  const p = s.feature.properties;
  const original: OriginalStory | null = s.added
    ? null
    : {
        ...(p.kind === 'route' ? { from: p.from, to: p.to } : p.place ? { place: p.place } : {}),
        status: p.status,
        date: p.date,
      };
  return { by: 'person', fields: s.added ? ['added'] : fields, edits: [...s.editIds], original };
}

function routeOut(a: Applier, s: WorkStory, f: RouteFeature, changed: Set<string>): RouteFeature | undefined {
  const p = f.properties as Partial<StoryRouteProperties> & RouteFeature['properties'];
  const fromId = a.resolveId(s.from!);
  const toId = a.resolveId(s.to!);
  const reversed = s.reversed;
  const from = endPlace(a, fromId, reversed ? (p.toName ?? p.to) : (p.fromName ?? p.from), f.geometry, reversed ? 'last' : 'first');
  const to = endPlace(a, toId, reversed ? (p.fromName ?? p.from) : (p.toName ?? p.to), f.geometry, reversed ? 'first' : 'last');
  if (!from || !to || from.id === to.id) return undefined;
  const moved = changed.has(fromId) || changed.has(toId) || fromId !== p.from || toId !== p.to;
  if (!s.added && s.editIds.length === 0 && !moved) return f;
  const built = routeFeature({
    id: f.id,
    evidence: p.evidence ?? 'movement',
    actorIds: p.actorIds ?? [],
    actorNames: p.actors ?? [],
    from,
    to,
    date: s.date,
    status: s.status,
    confidence: p.confidence ?? 0,
    origin: p.origin ?? 'stated',
    destination: p.destination ?? 'stated',
    mentions: p.mentions,
    ...(s.possible && p.doubt ? { doubt: p.doubt } : {}),
  });
  const fields: EditedField[] = [];
  if (fromId !== p.from) fields.push('from');
  if (toId !== p.to) fields.push('to');
  if (s.status !== p.status) fields.push('status');
  if (!sameDate(s.date, p.date)) fields.push('date');
  if (s.promoted) fields.push('drawn');
  const properties: Record<string, unknown> = { ...p, ...built.properties };
  if (!s.possible) {
    delete properties.certainty;
    delete properties.doubt;
  }
  // A route only re-derived (its end moved) is the machine's route still, measured anew: no mark.
  const edited = s.added || s.editIds.length > 0 ? { edited: storyMark(s, fields) } : {};
  return { ...f, ...built, properties: { ...properties, ...edited } } as RouteFeature;
}

function eventOut(a: Applier, s: WorkStory, f: EventFeature, changed: Set<string>): EventFeature {
  const p = f.properties as Partial<StoryEventProperties> & EventFeature['properties'];
  const placeId = s.place ? a.resolveId(s.place) : undefined;
  const w = placeId ? a.placeById(placeId) : undefined;
  const moved = placeId !== p.place || (placeId !== undefined && (changed.has(placeId) || !w));
  if (s.editIds.length === 0 && !moved) return f;
  const built = eventFeature({
    id: f.id,
    name: p.name,
    eventType: p.eventType ?? 'named',
    ...(w ? { place: w.place } : {}),
    participantIds: p.participantIds ?? [],
    participants: p.participants ?? [],
    date: s.date,
    dateSet: p.dateSet ?? true,
    status: s.status,
    confidence: p.confidence ?? 0,
    mentions: p.mentions,
    ...(s.possible && p.doubt ? { doubt: p.doubt } : {}),
  });
  const properties: Record<string, unknown> = { ...p, ...built.properties };
  if (!w) delete properties.place;
  if (!s.possible) {
    delete properties.certainty;
    delete properties.doubt;
  }
  const fields: EditedField[] = [];
  if ((w?.id ?? undefined) !== p.place) fields.push('place');
  if (s.status !== p.status) fields.push('status');
  if (!sameDate(s.date, p.date)) fields.push('date');
  if (s.promoted) fields.push('drawn');
  if (s.editIds.length > 0) properties.edited = storyMark(s, fields);
  return { ...f, ...built, properties } as unknown as EventFeature;
}

/**
 * Applies `edits` in order on top of `analysis` and re-derives what follows from them. An edit that does not
 * apply (its place or route is not in this analysis, or it is malformed) is reported in `outcomes` and
 * skipped; the others still apply. With no edits the analysis itself comes back.
 *
 * @example
 * const { collection, outcomes } = applyEdits(analysis, [
 *   { id: 'e1', at: '2026-11-30T10:00:00Z', kind: 'move-place', place: { id: 'place:moscow', name: 'Moscow' }, lon: 37.6, lat: 55.7 },
 * ], { borders });
 * outcomes[0].applied // → true; routes from Moscow are re-measured, claims re-checked
 */
export function applyEdits(analysis: AtlasCollection, edits: readonly Edit[], deps: ApplyDeps = {}): ApplyResult {
  if (edits.length === 0) return { collection: analysis, outcomes: [] };
  const a = new Applier(analysis);
  const outcomes: EditOutcome[] = [];
  for (const edit of edits) {
    const editId = typeof edit?.id === 'string' ? edit.id : '';
    try {
      if (!edit || typeof edit !== 'object') throw new Stale('not an edit');
      a.apply(edit);
      outcomes.push({ editId, applied: true });
    } catch (error) {
      if (!(error instanceof Stale) && !(error instanceof TypeError) && !(error instanceof RangeError)) throw error;
      const reason = error instanceof Stale ? error.message : `malformed edit (${error.message})`;
      outcomes.push({ editId, applied: false, reason });
    }
  }
  return { collection: derive(a, deps, outcomes), outcomes };
}

function derive(a: Applier, deps: ApplyDeps, outcomes: EditOutcome[]): AtlasCollection {
  const analysis = a.analysis;
  const changed = new Set(a.places.filter((w) => !w.removed && w.editIds.length > 0 && placeChanged(w)).map((w) => w.id));
  const places = a.places.filter((w) => !w.removed).map(placeOut);
  const routes: RouteFeature[] = [];
  const events: EventFeature[] = [];
  const possible: Array<RouteFeature | EventFeature> = [];
  for (const s of a.stories) {
    if (s.deleted) continue;
    if (s.kind === 'event') {
      (s.possible ? possible : events).push(eventOut(a, s, s.feature as EventFeature, changed));
      continue;
    }
    const r = routeOut(a, s, s.feature as RouteFeature, changed);
    if (r) (s.possible ? possible : routes).push(r);
    else {
      const ends = [s.from!, s.to!];
      const gone = ends.map((id) => a.resolveId(id)).find((id) => !a.placeById(id));
      // The edit that removed or merged one of its ends is the one that took it.
      const by = a.removed.find((x) => x.kind === 'place' && (ends.includes(x.id) || x.id === gone));
      a.removed.push({
        id: s.feature.id,
        kind: 'route',
        name: s.feature.properties.name,
        editId: by?.editId ?? s.editIds.at(-1) ?? '',
        because: gone ? `its end ${gone} was removed` : 'its two ends became one place',
      });
    }
  }
  const others = analysis.features.filter((f) => !['place', 'route', 'event', 'border', 'claim'].includes(f.properties?.kind));
  const oldGeo = analysis.features.filter((f) => f.properties?.kind === 'border' || f.properties?.kind === 'claim');
  const story: AtlasFeature[] = [...routes, ...events];
  const text = typeof analysis.article?.text === 'string' ? analysis.article.text : '';
  let geo: AtlasFeature[];
  if (text) {
    // The pipeline checks figures against the places the article names, not the implied ones: likewise here.
    const named = places.filter((f) => f.properties.reference !== 'implied').map(placeOfFeature);
    const bordersFrom = deps.borders ?? analysis;
    const routeEnds = routes.map((r) => `${r.id}\u0000${[r.properties.from, r.properties.to].sort().join('\u0000')}`).join('\u0001');
    const memo = geoMemo.get(analysis);
    if (memo && memo.text === text && memo.borders === bordersFrom && memo.routeEnds === routeEnds && samePlaces(memo.named, named)) {
      geo = memo.geo;
    } else {
      const borderList = deps.borders ?? oldGeo.filter((f): f is BorderFeature => validBorders([f]).length === 1);
      geo = geoFeaturesFor(text, named, borderList, [...places, ...story], undefined, { figuresOf: memoDistances });
      geoMemo.set(analysis, { text, borders: bordersFrom, named, routeEnds, geo });
    }
  } else {
    // Without the text nothing can be re-read: keep the borders and claims, minus links to removed features.
    const gone = new Set(a.removed.map((r) => r.id));
    geo = oldGeo.map((f): AtlasFeature => {
      if (f.properties.kind !== 'claim' || !f.properties.matches.some((id) => gone.has(id))) return f;
      const claim = f as ClaimFeature;
      return { ...claim, properties: { ...claim.properties, matches: claim.properties.matches.filter((id) => !gone.has(id)) } };
    });
  }
  const applied = outcomes.filter((o) => o.applied).length;
  const summary: EditsSummary = { by: 'person', applied, notApplied: outcomes.length - applied, removed: a.removed };
  const out: AtlasCollection = { ...analysis, features: [...places, ...story, ...others, ...geo], edits: summary };
  if (possible.length > 0) out.possibleJourneys = possible;
  else delete out.possibleJourneys;
  return out;
}
