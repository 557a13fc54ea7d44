import { normalizeKey } from '../text/normalize';
import type { GazetteerRef, PlaceType } from '../types';
import { type GazetteerData, PLACE_TYPES } from './types';

const WORD = /[\p{L}\p{N}]+/gu;

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
  private readonly names = new Map<string, NameHit[]>();
  private readonly refs: string[];
  private readonly rowByRef = new Map<string, number>();
  /** Lower-cased first words of all names: a cheap gate before building longer keys. */
  readonly firstWords = new Set<string>();
  readonly maxWords: number;
  private readonly caseSensitive: Set<string>;
  private readonly caseInsensitive: Set<string>;
  private readonly commonWords: Set<string>;
  private readonly givenNames: Set<string>;

  private constructor(private readonly data: GazetteerData) {
    const e = data.entries;
    this.refs = new Array(e.name.length);
    let id = 0;
    for (let row = 0; row < e.name.length; row++) {
      const delta = e.geonamesIdDelta[row]!;
      if (delta > 0) {
        id += delta;
        this.refs[row] = `geonames:${id}`;
      } else {
        this.refs[row] = e.otherRefs[String(row)] ?? `unknown:${row}`;
      }
      this.rowByRef.set(this.refs[row]!, row);
      this.add(normalizeKey(e.name[row]!), { row, demonym: false });
    }
    for (const key in data.names) {
      for (const code of data.names[key]!) this.add(key, code < 0 ? { row: -code - 1, demonym: true } : { row: code, demonym: false });
    }
    let maxWords = 1;
    for (const key of this.names.keys()) {
      // Split exactly as the recogniser tokenises text, so "w.va." gates on "w".
      const words = key.match(WORD) ?? [key];
      this.firstWords.add(words[0]!);
      if (words.length > maxWords) maxWords = words.length;
    }
    this.maxWords = Math.min(maxWords, 7);
    this.caseSensitive = new Set(data.caseSensitive.filter((k) => !k.startsWith('~ci:')));
    this.caseInsensitive = new Set(data.caseSensitive.filter((k) => k.startsWith('~ci:')).map((k) => k.slice(4)));
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

  private add(key: string, hit: NameHit): void {
    const list = this.names.get(key);
    if (!list) this.names.set(key, [hit]);
    else if (!list.some((h) => h.row === hit.row)) list.push(hit);
  }

  get size(): number {
    return this.refs.length;
  }

  /** Rows named by a normalised key (see normalizeKey). */
  lookup(key: string): NameHit[] {
    return this.names.get(key) ?? [];
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
    const [source, ...rest] = this.refs[row]!.split(':');
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
    return this.rowByRef.get(`world-countries:${iso3}`);
  }

  /** The row of a "source:id" reference. */
  rowOfRef(ref: string): number | undefined {
    return this.rowByRef.get(ref);
  }

  get attribution(): string[] {
    return this.data.attribution;
  }
}
