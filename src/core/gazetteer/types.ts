import type { PlaceType } from '../types';

/** Place types in the order of their numeric codes in the compact data file. */
export const PLACE_TYPES: readonly PlaceType[] = [
  'country',
  'capital',
  'city',
  'town',
  'village',
  'landmark',
  'region',
  'admin1',
  'admin2',
  'water',
  'continent',
];

/**
 * The gazetteer as the data build assembles it: columns rather than objects, and a name index from normalised
 * key to entry rows. data/gazetteer.bin holds it packed (src/core/gazetteer/packed.ts).
 */
export interface GazetteerData {
  version: number;
  attribution: string[];
  /** One row per place: parallel arrays. */
  entries: {
    /**
     * GeoNames ids, delta-encoded in row order (rows are sorted by id so the deltas are small);
     * 0 for rows from other sources, whose reference is in `otherRefs`.
     */
    geonamesIdDelta: number[];
    /** Row → "source:id" for rows not from GeoNames, e.g. "curated:sahel". */
    otherRefs: Record<string, string>;
    /** Row → the same place in another source ("world-countries:PRK", "us-atlas:state-48"). */
    sameAs: Record<string, string>;
    name: string[];
    /**
     * Degrees × 1000 (about 110 m) as differences from the previous row: GeoNames numbers places country by
     * country, so neighbouring rows lie near each other and the small differences compress well.
     */
    lat1e3Delta: number[];
    lon1e3Delta: number[];
    /** Index into PLACE_TYPES. */
    type: number[];
    /** ISO 3166-1 alpha-2, "" when none. */
    cc: string[];
    /** First-level division code ("LA", "TN" for the US; GeoNames admin1 code elsewhere), "" when none. */
    admin1: string[];
    /** Population to two significant figures (0 when unknown). */
    pop: number[];
  };
  /**
   * Index of every name other than the row's own `name` (which the loader indexes itself): `nameKeys[i]`
   * (normalised, sorted) names the rows `nameRows[i]`. A row written as `-(row + 1)` marks a demonym or
   * adjective ("Chinese" → China) rather than the place's name. Two arrays, not an object: JSON.parse builds
   * arrays far faster than an object with tens of thousands of keys.
   */
  nameKeys: string[];
  nameRows: number[][];
  /**
   * First words of the keys that are more than one word ("new" of "new york", "w" of "w.va."), so the
   * recogniser can skip a word at once; single-word keys gate themselves. Precomputed to keep loading fast.
   */
  firstWords: string[];
  /** The most words in any key. */
  maxWords: number;
  /** Names that must match with the exact letter case written here (abbreviations such as "US", "ROK"). */
  caseSensitive: string[];
  /** Alpha-2 → alpha-3 for countries. */
  iso3: Record<string, string>;
  /** Alpha-2 → row of the country's capital. */
  capitals: Record<string, number>;
  /** Alpha-2 → row of the country. */
  countries: Record<string, number>;
  /** How many GeoNames ADM1 codes of the id table the name package no longer lists (reported by the build). */
  retiredAdmin1?: number;
  /**
   * First-level division names by country and code, "US-MO\tMissouri" (one a line, sorted), for every division
   * of GeoNames' ADM1 table: a place's division is named even when the division gave up its name to a city
   * ("Tokyo") and has no row of its own. Read lazily: loading the gazetteer does not parse it.
   */
  admin1Names: string[];
  /** Lower-case common English words: risky as single-word place names. */
  commonWords: string[];
  /** Lower-case given names: a place name followed by a surname is a person. */
  givenNames: string[];
}
