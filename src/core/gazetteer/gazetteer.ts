import type { GazetteerRef, PlaceType } from '../types';
import { type GazetteerColumns, type PackedGazetteer, unpackColumns } from './packed';
import { PLACE_TYPES } from './types';

const NO_HITS: NameHit[] = [];


/** One gazetteer row, materialised on demand. */
export interface GazetteerEntry {
  row: number;
  ref: GazetteerRef;
  /** The same place in another source (world-countries, us-atlas), when the row has one. */
  sameAs?: GazetteerRef;
  name: string;
  lon: number;
  lat: number;
  placeType: PlaceType;
  countryCode: string;
  admin1: string;
  population: number;
}

/** FNV-1a over the lower-cased name: ASCII capitals folded on the fly, any other name lower-cased first. */
function nameHash(name: string): number {
  let s = name;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) {
      s = s.toLowerCase();
      break;
    }
  }
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Most words a memo of look-ups holds before it starts afresh: a news vocabulary fits many times over, and a
 * process reading article after article (or one huge article of made-up words) stays bounded.
 */
const MEMO_LIMIT = 200_000;

function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
}

/** Whether `name` lower-cases to `key` (which is lower case). */
function sameLowerCase(name: string, key: string): boolean {
  if (name.length !== key.length) return name.toLowerCase() === key;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c > 127) return name.toLowerCase() === key;
    if (c >= 65 && c <= 90) c += 32;
    if (c !== key.charCodeAt(i)) return false;
  }
  return true;
}

/** A place a gazetteer gains for one article (from the long tail): a GeoNames village below the bundle's cut. */
export interface ExtraPlace {
  geonameId: number;
  name: string;
  lat: number;
  lon: number;
  countryCode: string;
  admin1: string;
  population: number;
  /** Normalised keys it is found by (its name's, and its ASCII name's when different). */
  keys: string[];
}

/** Extra places of an overlay, indexed by key; rows number on from the bundle's last. */
interface Extras {
  places: ExtraPlace[];
  byKey: Map<string, number[]>;
  firstWords: Set<string>;
}

/** A name's meaning: a row, and whether the name is an adjective/demonym for it. */
export interface NameHit {
  row: number;
  demonym: boolean;
}

/**
 * The in-memory gazetteer: a name index over the compact columns of data/gazetteer.json.
 *
 * @example
 * const gaz = Gazetteer.fromData(JSON.parse(readFileSync('data/gazetteer.json', 'utf8')));
 * gaz.lookup('moscow').map((h) => gaz.entry(h.row).countryCode); // ['RU', 'US', ...]
 */
export class Gazetteer {
  /**
   * Rows by their own name: an open-addressing hash table (slot → row + 1, 0 empty) over the lower-cased
   * names, built without making a lower-cased copy of each name (that copy was most of the load time).
   */
  private readonly ownSlots: Int32Array;
  /** Other names (aliases, ASCII and other-language forms, demonyms), sorted, with their encoded rows. */
  private readonly otherKeys: string[];
  /** GeoNames id per row (0 for other sources); reference strings are built on demand. */
  private readonly geonamesIds: Int32Array;
  private readonly lat1e3: Int32Array;
  private readonly lon1e3: Int32Array;
  /**
   * Built on first use: only corrections and id-based look-ups need it. Held in a box made with the bundled
   * gazetteer, so an article's overlay (which inherits the box) builds it at most once for all articles.
   */
  private readonly geonamesIndex: { rows?: Map<number, number> } = {};
  private readonly rowByOtherRef = new Map<string, number>();
  /** First words of multiword keys: with the keys themselves, a cheap gate before building longer keys. */
  private readonly firstWords: Set<string>;
  readonly maxWords: number;
  private readonly caseSensitive: Set<string>;
  private readonly caseInsensitive: Set<string>;
  private readonly lowerCaseNameWords = new Set<string>();
  /** Decoded look-ups, misses included; an overlay has its own (its extra places change the answers). */
  private decoded = new Map<string, NameHit[]>();
  /**
   * `startsName`'s answers from the bundled names (extras are asked first, so overlays share it): a long
   * article asks for every capitalised word, and the binary search over the other names was a hot spot.
   */
  private readonly startsNameMemo = new Map<string, boolean>();
  /** Places added for one article by `withExtraPlaces` (undefined on the bundled gazetteer itself). */
  private extras: Extras | undefined;
  private readonly commonWords: Set<string>;
  private readonly givenNames: Set<string>;
  /** "US-MO" → "Missouri": parsed from the packed lines on the first question (loading does not pay for it). */
  private divisionNames: Map<string, string> | undefined;

  private readonly columns: GazetteerColumns;

  private constructor(private readonly data: PackedGazetteer) {
    const c = unpackColumns(data);
    this.columns = c;
    const n = c.rows;
    this.geonamesIds = c.ids;
    this.lat1e3 = c.lat1e3;
    this.lon1e3 = c.lon1e3;
    // Own names: hashed in place (ASCII letters lower-cased on the fly); the rare name with other letters is
    // lower-cased first. Lower-casing is enough: the data build lists any other normal form with the other names.
    const size = 2 ** Math.ceil(Math.log2(Math.max(2, n * 2)));
    const slots = new Int32Array(size);
    const own = c.name;
    for (let row = 0; row < n; row++) {
      let slot = nameHash(own[row]!) & (size - 1);
      while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
      slots[slot] = row + 1;
    }
    this.ownSlots = slots;
    for (const row in c.otherRefs) this.rowByOtherRef.set(c.otherRefs[row]!, Number(row));
    // The other names stay sorted and are found by binary search: no map to build.
    this.otherKeys = c.nameKeys;
    this.firstWords = new Set(data.firstWords.split('\n'));
    this.maxWords = Math.min(data.maxWords, 7);
    this.caseSensitive = new Set(data.caseSensitive.filter((k) => !k.startsWith('~ci:')));
    this.caseInsensitive = new Set(data.caseSensitive.filter((k) => k.startsWith('~ci:')).map((k) => k.slice(4)));
    for (const key of this.caseInsensitive) for (const w of key.split(/[^\p{L}\p{N}]+/u)) if (w) this.lowerCaseNameWords.add(w);
    this.commonWords = new Set(data.commonWords.split('\n'));
    this.givenNames = new Set(data.givenNames.split('\n'));
  }

  /** Builds the index from the parsed JSON; throws a clear message on data that is not a gazetteer. */
  static fromData(data: unknown): Gazetteer {
    const d = data as PackedGazetteer;
    if (!d || typeof d !== 'object' || d.version !== 5 || typeof d.names !== 'string' || typeof d.nameKeys !== 'string') {
      throw new Error('not a news-atlas gazetteer (expected data/gazetteer.json, version 5)');
    }
    return new Gazetteer(d);
  }

  /** Rows whose own name lower-cases to `key`, in row order; undefined when none. */
  private ownRows(key: string): number[] | undefined {
    const slots = this.ownSlots;
    const mask = slots.length - 1;
    const own = this.columns.name;
    let found: number[] | undefined;
    for (let slot = nameHash(key) & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const row = slots[slot]! - 1;
      if (!sameLowerCase(own[row]!, key)) continue;
      found ??= [];
      found.push(row);
    }
    // Sorting allocates even for one row, and nearly every name has one: sort only a shared name's rows.
    return found && found.length > 1 ? found.sort((a, b) => a - b) : found;
  }

  /** Whether some row's own name lower-cases to `key`: `ownRows` without building the list (asked per word). */
  private hasOwnRow(key: string): boolean {
    const slots = this.ownSlots;
    const mask = slots.length - 1;
    const own = this.columns.name;
    for (let slot = nameHash(key) & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      if (sameLowerCase(own[slots[slot]! - 1]!, key)) return true;
    }
    return false;
  }

  get size(): number {
    return this.geonamesIds.length;
  }

  /**
   * This gazetteer with more places (the long tail's villages an article qualifies), as a light overlay: the
   * bundled index is shared, not copied, and the gazetteer itself is left unchanged for other articles.
   *
   * @example
   * const local = gaz.withExtraPlaces([{ geonameId: 4402452, name: 'Paris', lat: 39.48, lon: -92.0, countryCode: 'US', admin1: 'MO', population: 1220, keys: ['paris'] }]);
   * local.lookup('paris').length > gaz.lookup('paris').length; // true
   */
  withExtraPlaces(places: ExtraPlace[]): Gazetteer {
    if (places.length === 0) return this;
    const base = this.size;
    const byKey = new Map<string, number[]>();
    const firstWords = new Set<string>();
    places.forEach((p, i) => {
      for (const key of new Set([...p.keys])) {
        const rows = byKey.get(key) ?? [];
        rows.push(base + i);
        byKey.set(key, rows);
        const first = key.match(/[\p{L}\p{N}]+/u)?.[0];
        if (first && first !== key) firstWords.add(first);
      }
    });
    const overlay = Object.create(this) as Gazetteer;
    overlay.extras = { places, byKey, firstWords };
    overlay.decoded = new Map();
    return overlay;
  }

  /** The extra place of an overlay row, or undefined for a bundled row. */
  private extraAt(row: number): ExtraPlace | undefined {
    return row >= this.geonamesIds.length ? this.extras?.places[row - this.geonamesIds.length] : undefined;
  }

  private refOf(row: number): string {
    const extra = this.extraAt(row);
    if (extra) return `geonames:${extra.geonameId}`;
    const id = this.geonamesIds[row]!;
    return id > 0 ? `geonames:${id}` : (this.columns.otherRefs[String(row)] ?? `unknown:${row}`);
  }

  /** Rows named by a normalised key (see normalizeKey in src/core/text/normalize.ts). */
  lookup(key: string): NameHit[] {
    const cached = this.decoded.get(key);
    if (cached) return cached;
    const own = this.ownRows(key);
    const at = this.otherIndex(key);
    const extra = this.extras?.byKey.get(key);
    if (own === undefined && at < 0 && !extra) {
      remember(this.decoded, key, NO_HITS);
      return NO_HITS;
    }
    const hits: NameHit[] = [];
    const push = (code: number) => {
      const hit = code < 0 ? { row: -code - 1, demonym: true } : { row: code, demonym: false };
      if (!hits.some((h) => h.row === hit.row)) hits.push(hit);
    };
    if (own) for (const row of own) push(row);
    if (at >= 0) {
      const { nameStarts, nameCodes } = this.columns;
      for (let i = nameStarts[at]!; i < nameStarts[at + 1]!; i++) push(nameCodes[i]!);
    }
    if (extra) for (const row of extra) push(row);
    remember(this.decoded, key, hits);
    return hits;
  }

  /** Position of `key` among the sorted other names, or -1. */
  private otherIndex(key: string): number {
    const keys = this.otherKeys;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = keys[mid]!;
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Lower-case words of names news writes in lower case ("far", "east"): a name may run on through them. */
  isLowerCaseNameWord(lower: string): boolean {
    return this.lowerCaseNameWords.has(lower);
  }

  /** Whether some name starts with this lower-cased word ("new" → "New York"; "moscow" → "Moscow"). */
  startsName(lowerWord: string): boolean {
    if (this.extras && (this.extras.byKey.has(lowerWord) || this.extras.firstWords.has(lowerWord))) return true;
    const known = this.startsNameMemo.get(lowerWord);
    if (known !== undefined) return known;
    const starts = this.firstWords.has(lowerWord) || this.hasOwnRow(lowerWord) || this.otherIndex(lowerWord) >= 0;
    remember(this.startsNameMemo, lowerWord, starts);
    return starts;
  }

  /** Abbreviations that only match as written ("US" but not "us"). */
  isCaseSensitive(surface: string): boolean {
    return this.caseSensitive.has(surface);
  }

  /** Descriptive names news writes in lower case ("Russia's far east"). */
  allowsLowerCase(key: string): boolean {
    return this.caseInsensitive.has(key);
  }

  isCommonWord(lower: string): boolean {
    return this.commonWords.has(lower);
  }

  isGivenName(lower: string): boolean {
    return this.givenNames.has(lower);
  }

  entry(row: number): GazetteerEntry {
    const extra = this.extraAt(row);
    if (extra) {
      return {
        row,
        ref: { source: 'geonames', id: String(extra.geonameId) },
        name: extra.name,
        lon: extra.lon,
        lat: extra.lat,
        placeType: 'village',
        countryCode: extra.countryCode,
        admin1: extra.admin1,
        population: extra.population,
      };
    }
    const e = this.columns;
    const [source, ...rest] = this.refOf(row).split(':');
    const same = e.sameAs[String(row)];
    const colon = same ? same.indexOf(':') : -1;
    return {
      row,
      ref: { source: source!, id: rest.join(':') },
      ...(same ? { sameAs: { source: same.slice(0, colon), id: same.slice(colon + 1) } } : {}),
      name: e.name[row]!,
      lon: this.lon1e3[row]! / 1000,
      lat: this.lat1e3[row]! / 1000,
      placeType: PLACE_TYPES[e.type[row]!] ?? 'city',
      countryCode: e.ccTable[e.cc[row]!]!,
      admin1: e.admin1Table[e.admin1[row]!] ?? '',
      population: e.pop[row]!,
    };
  }

  placeType(row: number): PlaceType {
    if (this.extraAt(row)) return 'village';
    return PLACE_TYPES[this.columns.type[row]!] ?? 'city';
  }

  countryCode(row: number): string {
    const extra = this.extraAt(row);
    if (extra) return extra.countryCode;
    return this.columns.ccTable[this.columns.cc[row]!]!;
  }

  admin1(row: number): string {
    const extra = this.extraAt(row);
    if (extra) return extra.admin1;
    return this.columns.admin1Table[this.columns.admin1[row]!] ?? '';
  }

  lat(row: number): number {
    const extra = this.extraAt(row);
    if (extra) return extra.lat;
    return this.lat1e3[row]! / 1000;
  }

  lon(row: number): number {
    const extra = this.extraAt(row);
    if (extra) return extra.lon;
    return this.lon1e3[row]! / 1000;
  }

  population(row: number): number {
    const extra = this.extraAt(row);
    if (extra) return extra.population;
    return this.columns.pop[row]!;
  }

  iso3(countryCode: string): string | undefined {
    return this.data.iso3[countryCode];
  }

  /** The capital of a country (alpha-2), when GeoNames marks one. */
  capitalOf(countryCode: string): GazetteerEntry | undefined {
    const row = this.data.capitals[countryCode];
    return row === undefined ? undefined : this.entry(row);
  }

  /**
   * The name of the first-level division a row lies in ("Missouri" for Paris, Missouri; "England" for
   * London); undefined for a country, for a division itself (its name is its own) and where none is known.
   *
   * @example gaz.admin1Name(gaz.lookup('moscow')[0]!.row) // → 'Moscow'
   */
  admin1Name(row: number): string | undefined {
    const type = this.placeType(row);
    const code = this.admin1(row);
    if (!code || type === 'country' || type === 'admin1') return undefined;
    if (!this.divisionNames) {
      const names = new Map<string, string>();
      for (const line of (this.data.admin1Names ?? '').split('\n')) {
        const tab = line.indexOf('\t');
        if (tab > 0) names.set(line.slice(0, tab), line.slice(tab + 1));
      }
      this.divisionNames = names;
    }
    return this.divisionNames.get(`${this.countryCode(row)}-${code}`);
  }

  /**
   * The common name of the country a row lies in ("United States"); undefined for a country itself and for
   * places in no country (seas, continents).
   *
   * @example gaz.countryName(gaz.lookup('paris')[0]!.row) // → 'France'
   */
  countryName(row: number): string | undefined {
    const cc = this.countryCode(row);
    if (!cc || this.placeType(row) === 'country') return undefined;
    const countryRow = this.data.countries[cc];
    return countryRow === undefined ? undefined : this.columns.name[countryRow];
  }

  /** The country row for an alpha-2 code. */
  countryRow(countryCode: string): number | undefined {
    return this.data.countries[countryCode];
  }

  /**
   * The alpha-2 codes of every country the gazetteer has a row for.
   * @example gaz.countryCodes().includes('TR') // → true
   */
  countryCodes(): string[] {
    return Object.keys(this.data.countries).sort();
  }

  /** The row of a "source:id" reference. */
  rowOfRef(ref: string): number | undefined {
    if (this.extras && ref.startsWith('geonames:')) {
      const id = Number(ref.slice(9));
      const i = this.extras.places.findIndex((p) => p.geonameId === id);
      if (i >= 0) return this.geonamesIds.length + i;
    }
    if (ref.startsWith('geonames:')) {
      let rows = this.geonamesIndex.rows;
      if (!rows) {
        rows = new Map();
        for (let row = 0; row < this.geonamesIds.length; row++) if (this.geonamesIds[row]! > 0) rows.set(this.geonamesIds[row]!, row);
        this.geonamesIndex.rows = rows;
      }
      return rows.get(Number(ref.slice(9)));
    }
    return this.rowByOtherRef.get(ref);
  }

  get attribution(): string[] {
    return this.data.attribution;
  }

  /**
   * Calls `fn` with every name key (own names, aliases, other-language and ASCII forms) and the rows it
   * names, demonyms left out, and whether the key is the rows' own name (`own`) or another of their names: what
   * a type-ahead search indexes (src/core/gazetteer/search.ts).
   */
  forEachName(fn: (key: string, rows: readonly number[], own: boolean) => void): void {
    const byOwnName = new Map<string, number[]>();
    this.columns.name.forEach((name, row) => {
      const key = name.toLowerCase();
      const rows = byOwnName.get(key);
      if (rows) rows.push(row);
      else byOwnName.set(key, [row]);
    });
    for (const [key, rows] of byOwnName) fn(key, rows, true);
    const { nameStarts, nameCodes } = this.columns;
    this.otherKeys.forEach((key, i) => {
      const rows: number[] = [];
      for (let j = nameStarts[i]!; j < nameStarts[i + 1]!; j++) if (nameCodes[j]! >= 0) rows.push(nameCodes[j]!);
      if (rows.length > 0) fn(key, rows, false);
    });
  }

}
