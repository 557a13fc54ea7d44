/**
 * Types shared by every part of the pure core (no DOM, React or Leaflet here).
 * Coordinates are always [lon, lat] (RFC 7946); conversion to Leaflet's [lat, lng] happens in src/app only.
 */

/** A place of the world as the gazetteer knows it. */
export type PlaceType =
  | 'country'
  | 'capital'
  | 'city'
  | 'town'
  | 'village'
  | 'landmark'
  | 'region'
  | 'admin1'
  | 'admin2'
  | 'water'
  | 'continent';

/**
 * How the article refers to a place: by name, by an adjective/demonym ("Chinese" → China), or not at all but
 * implied by the story (a minister's home capital as the origin of a trip): such a place has no mentions.
 */
export type ReferenceKind = 'literal' | 'demonym' | 'implied';

/** One occurrence in the article: UTF-16 offsets, `text === article.slice(start, end)`, `excerpt` the sentence. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  excerpt: string;
}

export interface GazetteerRef {
  /** "geonames" (the reference) | "world-countries" | "us-atlas" | "curated" */
  source: string;
  id: string;
}

/** A runner-up for a name, kept so a person can correct the choice later. */
export interface Candidate {
  name: string;
  gazetteer: GazetteerRef;
  placeType: PlaceType;
  countryCode: string;
  lon: number;
  lat: number;
  population?: number;
  score: number;
}

/** A place the article names, resolved to one gazetteer entry, with every mention. */
export interface ResolvedPlace {
  /** Stable id, e.g. "place:moscow". */
  id: string;
  name: string;
  lon: number;
  lat: number;
  placeType: PlaceType;
  /** ISO 3166-1 alpha-2 ("" for places in no country, such as seas). */
  countryCode: string;
  /** ISO 3166-1 alpha-3 for countries (joins world-atlas / borders). */
  iso3?: string;
  /** The first-level division it lies in ("Missouri"); absent for countries, divisions themselves, and where unknown. */
  admin1Name?: string;
  /** The country it lies in, by its common name ("United States"); absent for a country itself and for seas. */
  countryName?: string;
  gazetteer: GazetteerRef;
  /** The same place in another source when the gazetteer knows it (world-countries, us-atlas). */
  sameAs?: GazetteerRef;
  population?: number;
  confidence: number;
  candidates: Candidate[];
  reference: ReferenceKind;
  mentions: Mention[];
  /** "your corrections" when the corrections memory chose this place (src/core/edits/memory.ts). */
  decidedBy?: string;
}

/** Article metadata, the top-level `article` foreign member of the GeoJSON. */
export interface ArticleMeta {
  id: string;
  title: string;
  byline?: string;
  /** ISO date, e.g. "2018-04-10". */
  published?: string;
  tags?: string[];
  text?: string;
}

/** Errors as values: what the CLI, worker and UI show instead of throwing. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
