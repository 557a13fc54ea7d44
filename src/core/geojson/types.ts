/**
 * The GeoJSON contract, described for readers in README ("What is in the GeoJSON"). Fields marked binding are read by tools outside the code:
 * `id`, `properties.kind`, `properties.name`, `properties.mentions`.
 */
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Point } from 'geojson';
import type { EditedMark, EditsSummary } from '../edits/types';
import type { ArticleMeta, Candidate, GazetteerRef, Mention, PlaceType, ReferenceKind } from '../types';

export type FeatureKind = 'place' | 'route' | 'event' | 'border' | 'claim';

/** simplestyle-spec, so geojson.io and other viewers show the same colours. */
export interface SimpleStyle {
  'marker-color'?: string;
  'marker-size'?: 'small' | 'medium' | 'large';
  'marker-symbol'?: string;
  stroke?: string;
  'stroke-width'?: number;
  'stroke-opacity'?: number;
  title?: string;
  description?: string;
}

export interface BaseProperties extends SimpleStyle {
  kind: FeatureKind;
  name: string;
  mentions: Mention[];
  /** Present when a person changed or added the feature: what, and the machine's original (src/core/edits). */
  edited?: EditedMark;
}

export interface PlaceProperties extends BaseProperties {
  kind: 'place';
  placeType: PlaceType;
  countryCode: string;
  iso3?: string;
  /**
   * The name of the first-level division (state, province, region) the place lies in: "Missouri" for Paris,
   * Missouri. Absent for a country, for a division itself (its `name` is the division) and where the data
   * names none (seas, continents, places a person pinned).
   */
  admin1Name?: string;
  /**
   * The common English name of the country the place lies in: "United States". Absent for a country itself
   * (its `name` is the country) and for places in no country.
   */
  countryName?: string;
  gazetteer: GazetteerRef;
  /** The same place in another source (world-countries, us-atlas); GeoNames is `gazetteer`. */
  sameAs?: GazetteerRef;
  population?: number;
  confidence: number;
  candidates: Candidate[];
  reference: ReferenceKind;
  /** "your corrections" when the corrections memory chose this place rather than the resolver's scores. */
  decidedBy?: string;
}

export type DatePrecision = 'day' | 'month' | 'part-of-month' | 'year' | 'unknown';

export interface StoryDate {
  /** ISO date (YYYY-MM-DD) of the earliest day the expression covers. */
  start?: string;
  end?: string;
  /** The article's words, e.g. "last month". */
  label: string;
  precision: DatePrecision;
}

export type RouteStatus = 'happened' | 'planned' | 'proposed' | 'cancelled';

/**
 * How sure the reading of a journey is, independent of its status. Routes and visits in `features` are
 * the ones a careful reader would agree with and carry no certainty. A doubtful one ("possible": the
 * traveller is only inferred, the clause may be generic, a tour's order is not stated) is listed in the
 * collection's `possibleJourneys` member instead, with `certainty: "possible"` and its `doubt` in words, and
 * is not drawn; a person may promote it (move it into `features` and drop the two fields).
 */
export type Certainty = 'possible';

export interface RouteProperties extends BaseProperties {
  kind: 'route';
  /** Place feature ids. */
  from: string;
  to: string;
  actors: string[];
  date: StoryDate;
  status: RouteStatus;
  /** Turf's sphere, R = 6371.0088 km. */
  distanceKm: number;
  /** WGS84 ellipsoid (GeographicLib, Karney). */
  ellipsoidKm: number;
  confidence: number;
  /** Only on entries of `possibleJourneys`. */
  certainty?: Certainty;
  /** Why the journey is only possible, in words. */
  doubt?: string;
}

export interface EventProperties extends BaseProperties {
  kind: 'event';
  place?: string;
  participants: string[];
  date: StoryDate;
  status: RouteStatus;
  confidence: number;
  /** Only on visits listed in `possibleJourneys`. */
  certainty?: Certainty;
  doubt?: string;
}

export interface BorderProperties extends BaseProperties {
  kind: 'border';
  /** ISO 3166-1 alpha-3. */
  countries: string[];
  /** Turf's sphere, R = 6371.0088 km. */
  lengthKm: number;
  /** WGS84 ellipsoid (GeographicLib), computed by the data build. */
  ellipsoidKm?: number;
  source: string;
}

export interface ClaimProperties extends BaseProperties {
  kind: 'claim';
  value: number;
  unit: string;
  /** Feature id(s) the stated figure is matched with. */
  matches: string[];
  computedKm?: number;
  model?: string;
  verdict: string;
}

export type PlaceFeature = Feature<Point, PlaceProperties> & { id: string };
export type RouteFeature = Feature<LineString | MultiLineString, RouteProperties> & { id: string };
export type EventFeature = Feature<Point | null, EventProperties> & { id: string };
export type BorderFeature = Feature<LineString | MultiLineString, BorderProperties> & { id: string };
export type ClaimFeature = Feature<null, ClaimProperties> & { id: string };
export type AtlasFeature = PlaceFeature | RouteFeature | EventFeature | BorderFeature | ClaimFeature;

/** The top-level collection, with the `article` foreign member. */
export interface AtlasCollection extends FeatureCollection<Geometry | null> {
  article: ArticleMeta;
  features: AtlasFeature[];
  /**
   * Foreign member: journeys the story reader doubts (`certainty: "possible"`), routes and visit events in
   * the same shape as those in `features` but not drawn, so tools reading `kind: "route"` features see only
   * journeys the article reports; absent when there are none.
   */
  possibleJourneys?: Array<RouteFeature | EventFeature>;
  /** Present when a person's edits were applied (src/core/edits): how many, and what they removed. */
  edits?: EditsSummary;
}
