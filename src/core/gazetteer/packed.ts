/**
 * The on-disk form of the gazetteer (data/gazetteer.json, version 5): the columns of GazetteerData packed into
 * a few long strings — numbers as variable-length base-64 digits, codes as indices into small tables, word
 * lists joined by newlines — so that JSON.parse copies a handful of strings instead of building ~250,000
 * array elements and strings, and loading allocates little. Pure: shared by the data build and the loader.
 */
import type { GazetteerData } from './types';

/** Digits of the packed numbers: 32 values per character carry 5 bits; the upper 32 mean "more follows". */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) VALUE[DIGITS.charCodeAt(i)] = i;

/** Appends a non-negative integer, low 5 bits first. */
function pushVarint(out: string[], n: number): void {
  let v = n;
  while (v >= 32) {
    out.push(DIGITS[32 + (v % 32)]!);
    v = Math.floor(v / 32);
  }
  out.push(DIGITS[v]!);
}

const zigzag = (n: number) => (n >= 0 ? n * 2 : -n * 2 - 1);
const unzigzag = (z: number) => (z % 2 === 0 ? z / 2 : -(z + 1) / 2);

/**
 * Packs integers (signed when `signed`) into one string.
 * @example packInts([0, 5, 1000]) // → '05eV' (three varints: 0, 5, then 1000 in two digits)
 */
export function packInts(values: ArrayLike<number>, signed = false): string {
  const out: string[] = [];
  for (let i = 0; i < values.length; i++) pushVarint(out, signed ? zigzag(values[i]!) : values[i]!);
  return out.join('');
}

/** Reads packed integers one after another (one monomorphic loop for every column: fast to load). */
class VarintReader {
  private pos = 0;
  constructor(private readonly s: string) {}

  next(): number {
    const s = this.s;
    let v = 0;
    let scale = 1;
    for (;;) {
      const d = VALUE[s.charCodeAt(this.pos++)]!;
      if (d < 32) {
        if (d < 0) throw new Error('corrupt packed numbers in the gazetteer');
        return v + d * scale;
      }
      v += (d - 32) * scale;
      scale *= 32;
    }
  }

  signed(): number {
    return unzigzag(this.next());
  }
}

/**
 * Reads `count` integers from a packed string.
 * @example unpackInts('05eV', 3) // → Int32Array [0, 5, 1000]
 */
export function unpackInts(s: string, count: number, signed = false): Int32Array {
  const r = new VarintReader(s);
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) out[i] = signed ? r.signed() : r.next();
  return out;
}

/** The committed file: version 5. */
export interface PackedGazetteer {
  version: 5;
  attribution: string[];
  rows: number;
  /** GeoNames id deltas in row order (0 for rows of other sources). */
  ids: string;
  /** Degrees × 1000 as signed differences from the previous row. */
  lat: string;
  lon: string;
  /** PLACE_TYPES indices, one varint each. */
  type: string;
  /** Population to two significant figures, as mantissa × 10^exponent packed into one integer (mantissa × 16 + exponent). */
  pop: string;
  ccTable: string[];
  cc: string;
  admin1Table: string[];
  admin1: string;
  /** Own names joined by newlines. */
  names: string;
  otherRefs: Record<string, string>;
  sameAs: Record<string, string>;
  /** The other names (sorted keys joined by newlines) and, per key, its row count and its zigzag row codes. */
  nameKeys: string;
  nameRows: string;
  firstWords: string;
  maxWords: number;
  caseSensitive: string[];
  iso3: Record<string, string>;
  capitals: Record<string, number>;
  countries: Record<string, number>;
  commonWords: string;
  givenNames: string;
  retiredAdmin1?: number;
  /** "CC-code\tName" lines (GazetteerData.admin1Names joined by newlines); absent in files built before it. */
  admin1Names?: string;
}

/** The gazetteer's columns as the loader holds them: typed arrays and shared table strings. */
export interface GazetteerColumns {
  rows: number;
  ids: Int32Array;
  lat1e3: Int32Array;
  lon1e3: Int32Array;
  type: Uint8Array;
  pop: Float64Array;
  /** Country code of each row as an index into `ccTable` (typed, so loading builds no array of strings per row). */
  cc: Uint16Array;
  ccTable: string[];
  /** Division code of each row as an index into `admin1Table`. */
  admin1: Uint16Array;
  admin1Table: string[];
  name: string[];
  otherRefs: Record<string, string>;
  sameAs: Record<string, string>;
  nameKeys: string[];
  /** Row codes of other name i: nameCodes[nameStarts[i] .. nameStarts[i + 1]). */
  nameStarts: Int32Array;
  nameCodes: Int32Array;
}

function table(values: string[]): { table: string[]; packed: string } {
  const index = new Map<string, number>();
  const t: string[] = [];
  const idx = values.map((v) => {
    let i = index.get(v);
    if (i === undefined) {
      i = t.length;
      t.push(v);
      index.set(v, i);
    }
    return i;
  });
  return { table: t, packed: packInts(idx) };
}

function packPopulation(p: number): number {
  if (p <= 0) return 0;
  const exponent = Math.max(0, Math.floor(Math.log10(p)) - 1);
  const mantissa = Math.round(p / 10 ** exponent);
  return mantissa * 16 + exponent;
}

function unpackPopulation(v: number): number {
  return v === 0 ? 0 : Math.floor(v / 16) * 10 ** (v % 16);
}

/**
 * The committed form of the build's GazetteerData.
 * @example JSON.stringify(packGazetteer(await buildGazetteer()))
 */
export function packGazetteer(data: GazetteerData): PackedGazetteer {
  const e = data.entries;
  const cc = table(e.cc);
  const admin1 = table(e.admin1);
  const rowCodes: number[] = [];
  for (const rows of data.nameRows) {
    rowCodes.push(rows.length);
    for (const code of rows) rowCodes.push(zigzag(code));
  }
  return {
    version: 5,
    attribution: data.attribution,
    rows: e.name.length,
    ids: packInts(e.geonamesIdDelta),
    lat: packInts(e.lat1e3Delta, true),
    lon: packInts(e.lon1e3Delta, true),
    type: packInts(e.type),
    pop: packInts(e.pop.map(packPopulation)),
    ccTable: cc.table,
    cc: cc.packed,
    admin1Table: admin1.table,
    admin1: admin1.packed,
    names: e.name.join('\n'),
    otherRefs: e.otherRefs,
    sameAs: e.sameAs,
    nameKeys: data.nameKeys.join('\n'),
    nameRows: packInts(rowCodes),
    firstWords: data.firstWords.join('\n'),
    maxWords: data.maxWords,
    caseSensitive: data.caseSensitive,
    iso3: data.iso3,
    capitals: data.capitals,
    countries: data.countries,
    commonWords: data.commonWords.join('\n'),
    givenNames: data.givenNames.join('\n'),
    ...(data.retiredAdmin1 !== undefined ? { retiredAdmin1: data.retiredAdmin1 } : {}),
    admin1Names: data.admin1Names.join('\n'),
  };
}

/**
 * Decodes the packed columns (typed arrays and shared table strings); throws on corrupt digits.
 * @example unpackColumns(JSON.parse(readFileSync('data/gazetteer.json', 'latin1'))).rows // → 58049
 */
export function unpackColumns(p: PackedGazetteer): GazetteerColumns {
  const n = p.rows;
  // GeoNames id deltas between GeoNames rows; rows of other sources hold 0 and keep it.
  const ids = unpackInts(p.ids, n);
  let id = 0;
  for (let i = 0; i < n; i++) {
    if (ids[i]! > 0) {
      id += ids[i]!;
      ids[i] = id;
    }
  }
  const lat1e3 = unpackInts(p.lat, n, true);
  const lon1e3 = unpackInts(p.lon, n, true);
  for (let i = 1; i < n; i++) {
    lat1e3[i] = lat1e3[i]! + lat1e3[i - 1]!;
    lon1e3[i] = lon1e3[i]! + lon1e3[i - 1]!;
  }
  const type = Uint8Array.from(unpackInts(p.type, n));
  const pop = new Float64Array(n);
  const pops = new VarintReader(p.pop);
  for (let i = 0; i < n; i++) pop[i] = unpackPopulation(pops.next());
  if (p.ccTable.length > 65_535 || p.admin1Table.length > 65_535) throw new Error('corrupt gazetteer: code tables too long');
  const cc = Uint16Array.from(unpackInts(p.cc, n));
  const admin1 = Uint16Array.from(unpackInts(p.admin1, n));
  const name = p.names.split('\n');
  if (name.length !== n) throw new Error('corrupt gazetteer: names and rows disagree');
  const nameKeys = p.nameKeys ? p.nameKeys.split('\n') : [];
  const nameStarts = new Int32Array(nameKeys.length + 1);
  // Row codes are at most as many as packed digits.
  const codes = new Int32Array(p.nameRows.length);
  const rows = new VarintReader(p.nameRows);
  let c = 0;
  for (let k = 0; k < nameKeys.length; k++) {
    nameStarts[k] = c;
    const count = rows.next();
    for (let j = 0; j < count; j++) codes[c++] = rows.signed();
  }
  nameStarts[nameKeys.length] = c;
  return { rows: n, ids, lat1e3, lon1e3, type, pop, cc, ccTable: p.ccTable, admin1, admin1Table: p.admin1Table, name, otherRefs: p.otherRefs, sameAs: p.sameAs, nameKeys, nameStarts, nameCodes: codes.subarray(0, c) };
}
