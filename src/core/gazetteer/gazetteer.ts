import { normalizeKey } from '../text/normalize';
import type { GazetteerRef, PlaceType } from '../types';
import { type GazetteerData, PLACE_TYPES } from './types';

const NO_HITS: NameHit[] = [];

/** One gazetteer row, materialised on demand. */
export interface GazetteerEntry {
  row: number;
  ref: GazetteerRef;
  name: string;
  lon: number;
  lat: number;
  placeType: PlaceType;
  countryCode: string;
  admin1: string;
  population: number;
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
  /** key → encoded rows: `row`, or `-(row + 1)` for a demonym; a lone row is stored bare (no array). */
  private readonly names = new Map<string, number | number[]>();
  /** GeoNames id per row (0 for other sources); reference strings are built on demand. */
  private readonly geonamesIds: Float64Array;
  /** Built on first use: only corrections and id-based look-ups need it. */
  private rowByGeonamesId: Map<number, number> | undefined;
  private readonly rowByOtherRef = new Map<string, number>();
  /** First words of multiword keys: with the keys themselves, a cheap gate before building longer keys. */
  private readonly firstWords: Set<string>;
  readonly maxWords: number;
  private readonly caseSensitive: Set<string>;
  private readonly caseInsensitive: Set<string>;
  private readonly lowerCaseNameWords = new Set<string>();
  private readonly decoded = new Map<string, NameHit[]>();
  private readonly commonWords: Set<string>;
  private readonly givenNames: Set<string>;

  private constructor(private readonly data: GazetteerData) {
    const e = data.entries;
    const n = e.name.length;
    this.geonamesIds = new Float64Array(n);
    let id = 0;
    for (let row = 0; row < n; row++) {
      const delta = e.geonamesIdDelta[row]!;
      if (delta > 0) {
        id += delta;
        this.geonamesIds[row] = id;
      }
      this.add(normalizeKey(e.name[row]!), row);
    }
    for (const row in e.otherRefs) this.rowByOtherRef.set(e.otherRefs[row]!, Number(row));
    for (const key in data.names) {
      for (const code of data.names[key]!) this.add(key, code);
    }
    this.firstWords = new Set(data.firstWords);
    this.maxWords = Math.min(data.maxWords, 7);
    this.caseSensitive = new Set(data.caseSensitive.filter((k) => !k.startsWith('~ci:')));
    this.caseInsensitive = new Set(data.caseSensitive.filter((k) => k.startsWith('~ci:')).map((k) => k.slice(4)));
    for (const key of this.caseInsensitive) for (const w of key.split(/[^\p{L}\p{N}]+/u)) if (w) this.lowerCaseNameWords.add(w);
    this.commonWords = new Set(data.commonWords);
    this.givenNames = new Set(data.givenNames);
  }

  /** Builds the index from the parsed JSON; throws a clear message on data that is not a gazetteer. */
  static fromData(data: unknown): Gazetteer {
    const d = data as GazetteerData;
    if (!d || typeof d !== 'object' || d.version !== 1 || !Array.isArray(d.entries?.name)) {
      throw new Error('not a news-atlas gazetteer (expected data/gazetteer.json, version 1)');
    }
    return new Gazetteer(d);
  }

  private add(key: string, code: number): void {
    const known = this.names.get(key);
    if (known === undefined) this.names.set(key, code);
    else if (typeof known === 'number') {
      if (known !== code && known !== -code - 1 && -known - 1 !== code) this.names.set(key, [known, code]);
    } else if (!known.some((k) => k === code || k === -code - 1 || -k - 1 === code)) known.push(code);
  }

  get size(): number {
    return this.geonamesIds.length;
  }

  private refOf(row: number): string {
    const id = this.geonamesIds[row]!;
    return id > 0 ? `geonames:${id}` : (this.data.entries.otherRefs[String(row)] ?? `unknown:${row}`);
  }

  /** Rows named by a normalised key (see normalizeKey). */
  lookup(key: string): NameHit[] {
    const cached = this.decoded.get(key);
    if (cached) return cached;
    const known = this.names.get(key);
    if (known === undefined) return NO_HITS;
    const decode = (code: number): NameHit => (code < 0 ? { row: -code - 1, demonym: true } : { row: code, demonym: false });
    const hits = typeof known === 'number' ? [decode(known)] : known.map(decode);
    this.decoded.set(key, hits);
    return hits;
  }

  /** Lower-case words of names news writes in lower case ("far", "east"): a name may run on through them. */
  isLowerCaseNameWord(lower: string): boolean {
    return this.lowerCaseNameWords.has(lower);
  }

  /** Whether some name starts with this lower-cased word ("new" → "New York"; "moscow" → "Moscow"). */
  startsName(lowerWord: string): boolean {
    return this.firstWords.has(lowerWord) || this.names.has(lowerWord);
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
    const e = this.data.entries;
    const [source, ...rest] = this.refOf(row).split(':');
    return {
      row,
      ref: { source: source!, id: rest.join(':') },
      name: e.name[row]!,
      lon: e.lon1e3[row]! / 1000,
      lat: e.lat1e3[row]! / 1000,
      placeType: PLACE_TYPES[e.type[row]!] ?? 'city',
      countryCode: e.cc[row]!,
      admin1: e.admin1[row]!,
      population: e.pop[row]!,
    };
  }

  placeType(row: number): PlaceType {
    return PLACE_TYPES[this.data.entries.type[row]!] ?? 'city';
  }

  countryCode(row: number): string {
    return this.data.entries.cc[row]!;
  }

  admin1(row: number): string {
    return this.data.entries.admin1[row] ?? '';
  }

  lat(row: number): number {
    return this.data.entries.lat1e3[row]! / 1000;
  }

  lon(row: number): number {
    return this.data.entries.lon1e3[row]! / 1000;
  }

  population(row: number): number {
    return this.data.entries.pop[row]!;
  }

  iso3(countryCode: string): string | undefined {
    return this.data.iso3[countryCode];
  }

  /** The capital of a country (alpha-2), when GeoNames marks one. */
  capitalOf(countryCode: string): GazetteerEntry | undefined {
    const row = this.data.capitals[countryCode];
    return row === undefined ? undefined : this.entry(row);
  }

  /** The country row for an alpha-2 code. */
  countryRow(countryCode: string): number | undefined {
    const iso3 = this.data.iso3[countryCode];
    if (!iso3) return undefined;
    return this.rowByOtherRef.get(`world-countries:${iso3}`);
  }

  /** The row of a "source:id" reference. */
  rowOfRef(ref: string): number | undefined {
    if (ref.startsWith('geonames:')) {
      if (!this.rowByGeonamesId) {
        this.rowByGeonamesId = new Map();
        this.geonamesIds.forEach((id, row) => {
          if (id > 0) this.rowByGeonamesId!.set(id, row);
        });
      }
      return this.rowByGeonamesId.get(Number(ref.slice(9)));
    }
    return this.rowByOtherRef.get(ref);
  }

  get attribution(): string[] {
    return this.data.attribution;
  }
}
