import type { GazetteerRef, PlaceType } from '../types';
import { isAscii, lineHash, type OpenedGazetteer, openGazetteer, type PackedHeader } from './packed';
import { PLACE_TYPES } from './types';

const NO_HITS: NameHit[] = [];

/** Population from its packed form (mantissa × 16 + exponent, two significant figures). */
const unpackPopulation = (v: number): number => (v === 0 ? 0 : Math.floor(v / 16) * 10 ** (v % 16));


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

const encoder = new TextEncoder();

/** Most words `startsName` remembers before it starts afresh: a news vocabulary fits many times over. */
const STARTS_NAME_MEMO_LIMIT = 200_000;

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
 * The in-memory gazetteer: a name index over the columns of data/gazetteer.bin, read in place.
 *
 * @example
 * const gaz = Gazetteer.fromBytes(readFileSync('data/gazetteer.bin'));
 * gaz.lookup('moscow').map((h) => gaz.entry(h.row).countryCode); // ['RU', 'US', ...]
 */
export class Gazetteer {
  /**
   * Rows by their own name: an open-addressing hash table (slot → row + 1, 0 empty) over the names' UTF-8 bytes
   * with ASCII capitals folded, hashed where they lie in the file: no name is decoded to be indexed.
   */
  private readonly ownSlots: Int32Array;
  /** GeoNames id per row (0 for other sources); reference strings are built on demand. */
  private readonly geonamesIds: Int32Array;
  /**
   * Built on first use: only corrections and id-based look-ups need it. Held in a box made with the bundled
   * gazetteer, so an article's overlay (which inherits the box) builds it at most once for all articles.
   */
  private readonly geonamesIndex: { rows?: Map<number, number> } = {};
  private readonly rowByOtherRef = new Map<string, number>();
  readonly maxWords: number;
  private readonly caseSensitive: Set<string>;
  private readonly caseInsensitive: Set<string>;
  private readonly lowerCaseNameWords = new Set<string>();
  /** Decoded look-ups; an overlay has its own (its extra places change the answers). */
  private decoded = new Map<string, NameHit[]>();
  /**
   * `startsName`'s answers from the bundled names (extras are asked first, so an overlay may share it): a
   * long article asks for every capitalised word, and each answer is a hash probe and a binary search.
   */
  private readonly startsNameMemo = new Map<string, boolean>();
  /** Places added for one article by `withExtraPlaces` (undefined on the bundled gazetteer itself). */
  private extras: Extras | undefined;
  /** "US-MO" → "Missouri": parsed from the packed lines on the first question (loading does not pay for it). */
  private divisionNames: Map<string, string> | undefined;
  /** Where each other name's row codes start in the `nameCodes` column (a prefix sum of the counts). */
  private readonly nameCodeStarts: Int32Array;

  private readonly header: PackedHeader;
  private readonly column: OpenedGazetteer['column'];
  private readonly lines: OpenedGazetteer['lines'];

  private constructor(opened: OpenedGazetteer) {
    const { header, column, lines } = opened;
    this.header = header;
    this.column = column;
    this.lines = lines;
    const n = header.rows;
    // Rows of other sources hold 0 and keep it; each GeoNames row adds its difference to the id before it.
    const ids = column.idDelta.toInt32Array();
    let id = 0;
    for (let row = 0; row < n; row++) {
      if (ids[row]! > 0) {
        id += ids[row]!;
        ids[row] = id;
      }
    }
    this.geonamesIds = ids;
    // Own names, hashed where they lie in the file while their lines were found; one whose plain lower-casing
    // differs from the ASCII one ("Ürümqi") is listed by the data build with the other names.
    this.ownSlots = opened.ownNameSlots;
    const keys = lines.nameKeys.count;
    const counts = column.nameCounts.toInt32Array();
    const codeStarts = new Int32Array(keys + 1);
    for (let k = 0; k < keys; k++) codeStarts[k + 1] = codeStarts[k]! + counts[k]!;
    if (codeStarts[keys] !== column.nameCodes.count) throw new Error('corrupt gazetteer: name counts and codes disagree');
    this.nameCodeStarts = codeStarts;
    for (const row in header.otherRefs) this.rowByOtherRef.set(header.otherRefs[row]!, Number(row));
    this.maxWords = Math.min(header.maxWords, 7);
    this.caseSensitive = new Set(header.caseSensitive.filter((k) => !k.startsWith('~ci:')));
    this.caseInsensitive = new Set(header.caseSensitive.filter((k) => k.startsWith('~ci:')).map((k) => k.slice(4)));
    for (const key of this.caseInsensitive) for (const w of key.split(/[^\p{L}\p{N}]+/u)) if (w) this.lowerCaseNameWords.add(w);
  }

  /**
   * Opens the bytes of data/gazetteer.bin (read in place, not copied); throws a clear message on bytes that are
   * not a gazetteer.
   *
   * @example const gaz = Gazetteer.fromBytes(readFileSync('data/gazetteer.bin'));
   */
  static fromBytes(bytes: Uint8Array | ArrayBuffer): Gazetteer {
    if (!(bytes instanceof Uint8Array) && !(bytes instanceof ArrayBuffer)) throw new Error('not a news-atlas gazetteer (expected the bytes of data/gazetteer.bin)');
    return new Gazetteer(openGazetteer(bytes));
  }

  /** Own name of a bundled row. */
  private ownName(row: number): string {
    return this.lines.names.at(row);
  }

  /** Rows whose own name, ASCII capitals folded, is `key`'s bytes; undefined when none. */
  private ownRows(key: string): number[] | undefined {
    const keyBytes = isAscii(key) ? undefined : encoder.encode(key);
    const keyLength = keyBytes ? keyBytes.length : key.length;
    const slots = this.ownSlots;
    const mask = slots.length - 1;
    const { bytes, starts } = this.lines.names;
    let found: number[] | undefined;
    for (let slot = lineHash(key, keyBytes) & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const row = slots[slot]! - 1;
      const start = starts[row]!;
      if (starts[row + 1]! - 1 - start !== keyLength) continue;
      let same = true;
      for (let i = 0; i < keyLength && same; i++) {
        let c = bytes[start + i]!;
        if (c >= 65 && c <= 90) c += 32;
        let k = keyBytes ? keyBytes[i]! : key.charCodeAt(i);
        if (k >= 65 && k <= 90) k += 32;
        same = c === k;
      }
      if (!same) continue;
      found ??= [];
      found.push(row);
    }
    return found?.sort((a, b) => a - b);
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
    return id > 0 ? `geonames:${id}` : (this.header.otherRefs[String(row)] ?? `unknown:${row}`);
  }

  /** Rows named by a normalised key (see normalizeKey in src/core/text/normalize.ts). */
  lookup(key: string): NameHit[] {
    const cached = this.decoded.get(key);
    if (cached) return cached;
    const own = this.ownRows(key);
    const at = this.otherIndex(key);
    const extra = this.extras?.byKey.get(key);
    if (own === undefined && at < 0 && !extra) return NO_HITS;
    const hits: NameHit[] = [];
    const push = (code: number) => {
      const hit = code < 0 ? { row: -code - 1, demonym: true } : { row: code, demonym: false };
      if (!hits.some((h) => h.row === hit.row)) hits.push(hit);
    };
    if (own) for (const row of own) push(row);
    if (at >= 0) {
      const codes = this.column.nameCodes;
      for (let i = this.nameCodeStarts[at]!; i < this.nameCodeStarts[at + 1]!; i++) push(codes.at(i));
    }
    if (extra) for (const row of extra) push(row);
    this.decoded.set(key, hits);
    return hits;
  }

  /** Position of `key` among the sorted other names, or -1. */
  private otherIndex(key: string): number {
    return this.lines.nameKeys.indexOf(key);
  }

  /** Lower-case words of names news writes in lower case ("far", "east"): a name may run on through them. */
  isLowerCaseNameWord(lower: string): boolean {
    return this.lowerCaseNameWords.has(lower);
  }

  /** Whether some name starts with this lower-cased word ("new" → "New York"; "moscow" → "Moscow"). */
  startsName(lowerWord: string): boolean {
    if (this.extras && (this.extras.byKey.has(lowerWord) || this.extras.firstWords.has(lowerWord))) return true;
    let starts = this.startsNameMemo.get(lowerWord);
    if (starts === undefined) {
      starts = this.lines.firstWords.has(lowerWord) || this.ownRows(lowerWord) !== undefined || this.otherIndex(lowerWord) >= 0;
      // Bounded: a process reading article after article (or one huge article of made-up words) stays small.
      if (this.startsNameMemo.size >= STARTS_NAME_MEMO_LIMIT) this.startsNameMemo.clear();
      this.startsNameMemo.set(lowerWord, starts);
    }
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
    return this.lines.commonWords.has(lower);
  }

  isGivenName(lower: string): boolean {
    return this.lines.givenNames.has(lower);
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
    const [source, ...rest] = this.refOf(row).split(':');
    const same = this.sameAsOf(row);
    const colon = same ? same.indexOf(':') : -1;
    return {
      row,
      ref: { source: source!, id: rest.join(':') },
      ...(same ? { sameAs: { source: same.slice(0, colon), id: same.slice(colon + 1) } } : {}),
      name: this.ownName(row),
      lon: this.lon(row),
      lat: this.lat(row),
      placeType: this.placeType(row),
      countryCode: this.countryCode(row),
      admin1: this.admin1(row),
      population: this.population(row),
    };
  }

  /** The "source:id" of the same place in another source, found by binary search over the sorted rows. */
  private sameAsOf(row: number): string | undefined {
    const rows = this.column.sameAsRows;
    let lo = 0;
    let hi = rows.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = rows.at(mid);
      if (r === row) return this.lines.sameAsRefs.at(mid);
      if (r < row) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  placeType(row: number): PlaceType {
    if (this.extraAt(row)) return 'village';
    return PLACE_TYPES[this.column.type.at(row)] ?? 'city';
  }

  countryCode(row: number): string {
    const extra = this.extraAt(row);
    if (extra) return extra.countryCode;
    return this.header.ccTable[this.column.cc.at(row)]!;
  }

  admin1(row: number): string {
    const extra = this.extraAt(row);
    if (extra) return extra.admin1;
    return this.header.admin1Table[this.column.admin1.at(row)] ?? '';
  }

  lat(row: number): number {
    const extra = this.extraAt(row);
    if (extra) return extra.lat;
    return this.column.lat.at(row) / 1000;
  }

  lon(row: number): number {
    const extra = this.extraAt(row);
    if (extra) return extra.lon;
    return this.column.lon.at(row) / 1000;
  }

  population(row: number): number {
    const extra = this.extraAt(row);
    if (extra) return extra.population;
    return unpackPopulation(this.column.pop.at(row));
  }

  iso3(countryCode: string): string | undefined {
    return this.header.iso3[countryCode];
  }

  /** The capital of a country (alpha-2), when GeoNames marks one. */
  capitalOf(countryCode: string): GazetteerEntry | undefined {
    const row = this.header.capitals[countryCode];
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
      for (const line of this.lines.admin1Names.all()) {
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
    const countryRow = this.header.countries[cc];
    return countryRow === undefined ? undefined : this.ownName(countryRow);
  }

  /** The country row for an alpha-2 code. */
  countryRow(countryCode: string): number | undefined {
    return this.header.countries[countryCode];
  }

  /**
   * The alpha-2 codes of every country the gazetteer has a row for.
   * @example gaz.countryCodes().includes('TR') // → true
   */
  countryCodes(): string[] {
    return Object.keys(this.header.countries).sort();
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
    return this.header.attribution;
  }

  /**
   * Calls `fn` with every name key (own names, aliases, other-language and ASCII forms) and the rows it
   * names, demonyms left out, and whether the key is the rows' own name (`own`) or another of their names: what
   * a type-ahead search indexes (src/core/gazetteer/search.ts).
   */
  forEachName(fn: (key: string, rows: readonly number[], own: boolean) => void): void {
    const byOwnName = new Map<string, number[]>();
    this.lines.names.all().forEach((name, row) => {
      const key = name.toLowerCase();
      const rows = byOwnName.get(key);
      if (rows) rows.push(row);
      else byOwnName.set(key, [row]);
    });
    for (const [key, rows] of byOwnName) fn(key, rows, true);
    const codes = this.column.nameCodes;
    const starts = this.nameCodeStarts;
    this.lines.nameKeys.all().forEach((key, i) => {
      // The data build lists an own name here when plain lower-casing is not ASCII lower-casing: already given.
      const own = byOwnName.get(key);
      const rows: number[] = [];
      for (let j = starts[i]!; j < starts[i + 1]!; j++) {
        const code = codes.at(j);
        if (code >= 0 && !own?.includes(code)) rows.push(code);
      }
      if (rows.length > 0) fn(key, rows, false);
    });
  }
}
