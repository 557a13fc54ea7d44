/**
 * Type-ahead search over every name of the gazetteer (own names, aliases, other-language and ASCII forms),
 * for "Not this place?" and "Mark as a place". A query matches names that start with it, or one of whose
 * later words does ("paulo" finds São Paulo); results are ranked by population and by the article's context
 * (its countries, and how near each result lies to its other places). The index (sorted keys) is built on the
 * first search of a gazetteer and kept; each keystroke is then two binary searches and a scan of the range.
 */
import turfDistance from '@turf/distance';
import { normalizeKey } from '../text/normalize';
import type { GazetteerRef, PlaceType } from '../types';
import type { Gazetteer } from './gazetteer';

/** What the article says about where it is, to rank results near it first. */
export interface SearchContext {
  /** Positions of the article's other places. */
  places?: ReadonlyArray<{ lon: number; lat: number }>;
  /** ISO alpha-2 codes of the countries the article's places lie in. */
  countries?: readonly string[];
}

/** One search result (the fields "Not this place?" shows, and what a PlaceChoice needs). */
export interface GazetteerMatch {
  name: string;
  /** The name the query matched, normalised (an alias or other-language form when not `name`). */
  matched: string;
  placeType: PlaceType;
  countryCode: string;
  /** The country's name, when the gazetteer has the country. */
  countryName?: string;
  /** ISO alpha-3, for a country. */
  iso3?: string;
  /** First-level division code ("" when none). */
  admin1: string;
  /** First-level division name, when the gazetteer knows it. */
  admin1Name?: string;
  population: number;
  lon: number;
  lat: number;
  gazetteer: GazetteerRef;
  /** GeoNames id, for entries from GeoNames. */
  geonamesId?: number;
  /** Distance (Turf's sphere) to the nearest of the article's places, when the context gives places. */
  distanceKm?: number;
  score: number;
}

export interface SearchOptions {
  /** At most this many results. */
  limit?: number;
}

/** Results shown by default: a short list one can scan at a glance. */
export const SEARCH_LIMIT = 10;
/** A name equal to the query is what the person is typing towards ("Paris" before "Parisot"). */
const EXACT_NAME_BONUS = 3;
/** A match of the whole name's start reads as the name; one of a later word ("york" in "new york") less so. */
const LATER_WORD_PENALTY = 1;
/**
 * A match on another name than the place's own (an alias, an old or other-language name) is a weaker sign:
 * GeoNames lists many obscure ones for big cities ("pa-hsien" for Chongqing), which would crowd out the places
 * actually called so.
 */
const OTHER_NAME_PENALTY = 3;
/** Each tenfold population adds this much: the bigger place is the likelier meaning. */
const POPULATION_WEIGHT = 0.8;
/** In a country the article already names: the article's own part of the world. */
const SAME_COUNTRY_BONUS = 2;
/** Near the article's other places (km → bonus): local news names its neighbourhood. */
const NEAR_BONUS: ReadonlyArray<readonly [number, number]> = [
  [100, 2],
  [400, 1.2],
  [1500, 0.5],
];
/** What a type is worth on its own: countries and first-level divisions are named more than their size says. */
const TYPE_BONUS: Partial<Record<PlaceType, number>> = { country: 6, admin1: 4.5, capital: 1.5, continent: 5, region: 2 };
/** The most nearness can add to a row's score. */
const NEAR_MAX = NEAR_BONUS[0]![1];
/** Degrees of latitude beyond the widest NEAR_BONUS band: no need to measure. */
const NEAR_LAT_SPAN = NEAR_BONUS.at(-1)![0] / 111;
/** Queries shorter than this match only the start of places' own names (see searchGazetteer). */
const OWN_STARTS_ONLY_BELOW = 3;
/** Queries shorter than this (normalised) find nothing: one letter matches a tenth of the world. */
export const MIN_QUERY_LENGTH = 2;

interface SearchIndex {
  /** Sorted normalised keys: whole names, and the rest of a name from each later word ("york" of "new york"). */
  keys: string[];
  rows: Array<readonly number[]>;
  /** Per key: LATER_WORD and OTHER_NAME bits. */
  flags: Uint8Array;
  /** Per row: what it is worth before the query and the article (population, type). */
  rowScore: Float32Array;
}

const indexes = new WeakMap<Gazetteer, SearchIndex>();
const LATER_WORD = 1;
const OTHER_NAME = 2;

function buildIndex(gaz: Gazetteer): SearchIndex {
  const keys: string[] = [];
  const rowsOf: Array<readonly number[]> = [];
  const flagsOf: number[] = [];
  gaz.forEachName((name, rows, own) => {
    // Own names are keyed lower-cased only ("são paulo"); queries are normalised ("sao paulo").
    const key = own ? normalizeKey(name) : name;
    const other = own ? 0 : OTHER_NAME;
    keys.push(key);
    rowsOf.push(rows);
    flagsOf.push(other);
    for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
      const rest = key.slice(i + 1);
      if (rest.length < MIN_QUERY_LENGTH) continue;
      keys.push(rest);
      rowsOf.push(rows);
      flagsOf.push(other | LATER_WORD);
    }
  });
  // Sorting "key\u0000position" strings with the built-in comparison is several times faster than a comparator
  // function over 110k keys (keys hold no U+0000, so the key order is kept).
  const tagged = keys.map((k, i) => `${k}\u0000${i}`);
  tagged.sort();
  const order = tagged.map((t) => Number(t.slice(t.lastIndexOf('\u0000') + 1)));
  const rowScore = new Float32Array(gaz.size);
  for (let row = 0; row < gaz.size; row++) {
    rowScore[row] = Math.log10(gaz.population(row) + 1) * POPULATION_WEIGHT + (TYPE_BONUS[gaz.placeType(row)] ?? 0);
  }
  return {
    rowScore,
    keys: order.map((i) => keys[i]!),
    rows: order.map((i) => rowsOf[i]!),
    flags: Uint8Array.from(order, (i) => flagsOf[i]!),
  };
}

/** The search index of a gazetteer, built once (≈ 100 ms); call early in a worker to hide the cost. */
export function searchIndexOf(gaz: Gazetteer): SearchIndex {
  let index = indexes.get(gaz);
  if (!index) {
    index = buildIndex(gaz);
    indexes.set(gaz, index);
  }
  return index;
}

/** First position whose key is ≥ `key`. */
function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The name of a row's first-level division ("Texas"): the gazetteer's own table (see Gazetteer.admin1Name). */
export function admin1NameOf(gaz: Gazetteer, row: number): string | undefined {
  return gaz.admin1Name(row);
}

/** The distance to the nearest of `places` (Turf's sphere, km), or undefined when there are none. */
export function nearestKm(lon: number, lat: number, places: ReadonlyArray<{ lon: number; lat: number }>): number | undefined {
  let best: number | undefined;
  for (const p of places) {
    if (p.lon === lon && p.lat === lat) continue;
    const km = turfDistance([lon, lat], [p.lon, p.lat], { units: 'kilometers' });
    if (best === undefined || km < best) best = km;
  }
  return best;
}

/** A quick distance for ranking (equirectangular, km): plenty for "is it near". */
function roughKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  let dLon = Math.abs(lon2 - lon1);
  if (dLon > 180) dLon = 360 - dLon;
  const x = dLon * rad * Math.cos(((lat1 + lat2) / 2) * rad);
  const y = (lat2 - lat1) * rad;
  return Math.sqrt(x * x + y * y) * 6371;
}

/** The bonus for the nearest of the article's places (equirectangular: plenty for "is it near", and cheap). */
function nearBonus(lat: number, lon: number, places: ReadonlyArray<{ lon: number; lat: number }>): number {
  let nearest = Number.POSITIVE_INFINITY;
  for (const p of places) {
    if (Math.abs(p.lat - lat) > NEAR_LAT_SPAN) continue;
    nearest = Math.min(nearest, roughKm(lat, lon, p.lat, p.lon));
  }
  return NEAR_BONUS.find(([km]) => nearest < km)?.[1] ?? 0;
}

/**
 * Places whose names start with `query` (or have a later word that does), best first.
 *
 * @example
 * searchGazetteer(gaz, 'paris', { countries: ['US'] }).map((m) => `${m.name}, ${m.admin1Name ?? m.admin1}`)
 * // → ['Paris, …' (France first by size), 'Paris, Texas', …] with the US ones raised by the context
 */
export function searchGazetteer(gaz: Gazetteer, query: string, context: SearchContext = {}, options: SearchOptions = {}): GazetteerMatch[] {
  const q = normalizeKey(typeof query === 'string' ? query : '');
  if (q.length < MIN_QUERY_LENGTH) return [];
  const limit = Math.max(1, Math.min(options.limit ?? SEARCH_LIMIT, 100));
  const index = searchIndexOf(gaz);
  const from = lowerBound(index.keys, q);
  // Every key with the prefix q lies in [q, q + '\uffff').
  const to = lowerBound(index.keys, `${q}\uffff`);
  const countries = new Set(context.countries ?? []);
  const places = (context.places ?? []).filter((p) => Number.isFinite(p.lon) && Number.isFinite(p.lat));
  const keyOf = new Map<number, number>();

  // Best text score per row: a row named by several keys in range counts once, by its best-matching key.
  const textOf = new Map<number, number>();
  // Two letters are the start of a name: other names and later words would only add thousands of rows that the
  // penalties keep off the list anyway.
  const ownStartsOnly = q.length < OWN_STARTS_ONLY_BELOW;
  for (let i = from; i < to; i++) {
    const flags = index.flags[i]!;
    if (ownStartsOnly && flags !== 0) continue;
    const text =
      (index.keys[i] === q ? EXACT_NAME_BONUS : 0) -
      (flags & LATER_WORD ? LATER_WORD_PENALTY : 0) -
      (flags & OTHER_NAME ? OTHER_NAME_PENALTY : 0);
    for (const row of index.rows[i]!) {
      const known = textOf.get(row);
      if (known === undefined || text > known) {
        textOf.set(row, text);
        keyOf.set(row, i);
      }
    }
  }
  // Scores before distance (text, population, type, same country) are cheap; nearness to the article's places
  // can add at most NEAR_MAX, so only rows within that of the limit-th best are measured (a two-letter query
  // spans thousands of rows, an article dozens of places).
  const rows = [...textOf.keys()];
  const base = Float64Array.from(rows, (row) => {
    const cc = gaz.countryCode(row);
    const sameCountry = cc && countries.has(cc) && gaz.placeType(row) !== 'country' ? SAME_COUNTRY_BONUS : 0;
    return textOf.get(row)! + index.rowScore[row]! + sameCountry;
  });
  const floor = rows.length > limit && places.length > 0 ? Float64Array.from(base).sort()[rows.length - limit]! - NEAR_MAX : -Infinity;
  const scored: Array<{ row: number; score: number }> = [];
  rows.forEach((row, r) => {
    let score = base[r]!;
    if (score < floor) return;
    const type = gaz.placeType(row);
    if (places.length > 0 && type !== 'country' && type !== 'continent') score += nearBonus(gaz.lat(row), gaz.lon(row), places);
    scored.push({ row, score });
  });
  scored.sort((a, b) => b.score - a.score || a.row - b.row);
  return scored.slice(0, limit).map(({ row, score }) => matchOf(gaz, row, index.keys[keyOf.get(row)!]!, score, places));
}

function matchOf(
  gaz: Gazetteer,
  row: number,
  key: string,
  score: number,
  places: ReadonlyArray<{ lon: number; lat: number }>,
): GazetteerMatch {
  const e = gaz.entry(row);
  const countryRow = e.countryCode ? gaz.countryRow(e.countryCode) : undefined;
  const countryName = countryRow === undefined ? undefined : gaz.entry(countryRow).name;
  const admin1Name = admin1NameOf(gaz, row);
  const iso3 = e.placeType === 'country' ? gaz.iso3(e.countryCode) : undefined;
  const km = nearestKm(e.lon, e.lat, places);
  return {
    name: e.name,
    matched: key,
    placeType: e.placeType,
    countryCode: e.countryCode,
    ...(countryName ? { countryName } : {}),
    ...(iso3 ? { iso3 } : {}),
    admin1: e.admin1,
    ...(admin1Name ? { admin1Name } : {}),
    population: e.population,
    lon: e.lon,
    lat: e.lat,
    gazetteer: e.ref,
    ...(e.ref.source === 'geonames' ? { geonamesId: Number(e.ref.id) } : {}),
    ...(km !== undefined ? { distanceKm: Math.round(km) } : {}),
    score: Math.round(score * 100) / 100,
  };
}
