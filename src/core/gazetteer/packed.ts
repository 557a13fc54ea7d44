/**
 * The on-disk form of the gazetteer (data/gazetteer.bin, version 6): one binary file the loader reads in place.
 *
 * Why binary: loading is dominated by memory first touched, not by arithmetic (a fresh process pays a page fault
 * for every new 4 KiB). The JSON form (version 5) was read into a buffer, copied into a string, parsed into more
 * strings and decoded into arrays: about 25 MB touched for a 2.4 MB file. Here the file's bytes are the columns:
 *   - numbers as fixed-width byte planes (byte k of every row together, so gzip finds the runs), read per row
 *     on demand, never decoded in bulk;
 *   - names as UTF-8 lines, sorted by bytes where they are searched, found by binary search over the bytes and
 *     decoded to a string only when a row is shown or compared.
 * Layout: "NAGZ", a little-endian u32 header length, the header (JSON: small tables and section places), the
 * sections. Pure: shared by the data build (pack) and the loader (read).
 */
import type { GazetteerData } from './types';

/** First bytes of the file. */
const MAGIC = [0x4e, 0x41, 0x47, 0x5a]; // "NAGZ"
export const GAZETTEER_FORMAT_VERSION = 6;

/** A fixed-width column: `count` values of `width` bytes, stored as `width` planes of `count` bytes. */
export interface ColumnPlace {
  offset: number;
  count: number;
  width: number;
  /** Zigzag-encoded (signed values). */
  signed: boolean;
}

/** A section of `count` UTF-8 lines joined by "\n". */
export interface LinesPlace {
  offset: number;
  length: number;
  count: number;
}

/** The header: small tables (parsed as JSON) and where each section lies. */
export interface PackedHeader {
  version: 6;
  attribution: string[];
  rows: number;
  ccTable: string[];
  admin1Table: string[];
  /** Row → "source:id" for rows not from GeoNames (a few dozen). */
  otherRefs: Record<string, string>;
  maxWords: number;
  caseSensitive: string[];
  iso3: Record<string, string>;
  capitals: Record<string, number>;
  countries: Record<string, number>;
  retiredAdmin1?: number;
  columns: {
    /**
     * GeoNames id differences in row order (0 for rows of other sources), added up at load (one short loop):
     * absolute ids read in place would save that loop but cost 18 KiB more gzip to every browser.
     */
    idDelta: ColumnPlace;
    /** Degrees × 1000. */
    lat: ColumnPlace;
    lon: ColumnPlace;
    type: ColumnPlace;
    /** Population to two significant figures: mantissa × 16 + exponent. */
    pop: ColumnPlace;
    cc: ColumnPlace;
    admin1: ColumnPlace;
    /** Per other name, how many row codes it has; the codes follow one another in `nameCodes`. */
    nameCounts: ColumnPlace;
    /** Row codes, zigzag: a row, or -(row + 1) for a demonym. */
    nameCodes: ColumnPlace;
    /** Rows that name the same place in another source, ascending; their references are `sameAsRefs`' lines. */
    sameAsRows: ColumnPlace;
  };
  lines: {
    /** Own names, one per row. */
    names: LinesPlace;
    /** The other names (normalised keys), sorted by UTF-8 bytes. */
    nameKeys: LinesPlace;
    sameAsRefs: LinesPlace;
    /** Sorted by bytes, as every searched list below. */
    firstWords: LinesPlace;
    commonWords: LinesPlace;
    givenNames: LinesPlace;
    /** "CC-code\tName" lines. */
    admin1Names: LinesPlace;
  };
}

const zigzag = (n: number) => (n >= 0 ? n * 2 : -n * 2 - 1);
const unzigzag = (z: number) => (z % 2 === 0 ? z / 2 : -(z + 1) / 2);

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a over a key's UTF-8 bytes with ASCII capitals folded: the hash `Lines` computes over each name where it
 * lies in the file. `keyBytes` is the key's UTF-8 when the key is not ASCII (else its char codes are its bytes).
 * @example lineHash('Paris', undefined) === lineHash('paris', undefined) // → true
 */
export function lineHash(key: string, keyBytes: Uint8Array | undefined): number {
  let h = FNV_OFFSET;
  const n = keyBytes ? keyBytes.length : key.length;
  for (let i = 0; i < n; i++) {
    const c = keyBytes ? keyBytes[i]! : key.charCodeAt(i);
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
  }
  return h >>> 0;
}

/** Byte order of UTF-8 strings (the order the searched lines are stored in). */
function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Whether every UTF-16 unit of `s` is ASCII (then its UTF-8 bytes are its char codes). */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * A row's own name as the loader indexes it: ASCII capitals lower-cased, every other character as written.
 * Where plain lower-casing says otherwise ("Ürümqi" → "ürümqi"), pack lists that form with the other names.
 * @example asciiLower('Zürich') // → 'zürich'
 */
export function asciiLower(name: string): string {
  return name.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** The file being assembled: sections appended in order, places recorded for the header. */
class Writer {
  readonly parts: Uint8Array[] = [];
  length = 0;

  private push(bytes: Uint8Array): number {
    const offset = this.length;
    this.parts.push(bytes);
    this.length += bytes.length;
    return offset;
  }

  column(values: ArrayLike<number>, signed = false): ColumnPlace {
    const count = values.length;
    const encoded = Array.from(values, (v) => {
      if (!Number.isInteger(v)) throw new Error(`gazetteer column holds a non-integer: ${v}`);
      return signed ? zigzag(v) : v;
    });
    if (encoded.some((v) => v < 0)) throw new Error('gazetteer column holds a negative number; pack it as signed');
    let width = 1;
    for (const v of encoded) while (v >= 256 ** width) width++;
    const bytes = new Uint8Array(count * width);
    encoded.forEach((v, i) => {
      let rest = v;
      for (let k = 0; k < width; k++) {
        bytes[k * count + i] = rest % 256;
        rest = Math.floor(rest / 256);
      }
    });
    return { offset: this.push(bytes), count, width, signed };
  }

  lines(values: readonly string[]): LinesPlace {
    if (values.some((v) => v.includes('\n'))) throw new Error('a gazetteer name holds a line break');
    const bytes = encoder.encode(values.join('\n'));
    return { offset: this.push(bytes), length: bytes.length, count: values.length };
  }
}

/** Strings sorted by their UTF-8 bytes (the loader's binary search compares bytes). */
function byteSorted(values: Iterable<string>): string[] {
  return [...values]
    .map((v) => ({ v, b: encoder.encode(v) }))
    .sort((x, y) => compareBytes(x.b, y.b))
    .map((x) => x.v);
}

function table(values: string[]): { table: string[]; codes: number[] } {
  const index = new Map<string, number>();
  const t: string[] = [];
  const codes = values.map((v) => {
    let i = index.get(v);
    if (i === undefined) {
      i = t.length;
      t.push(v);
      index.set(v, i);
    }
    return i;
  });
  return { table: t, codes };
}

function packPopulation(p: number): number {
  if (p <= 0) return 0;
  const exponent = Math.max(0, Math.floor(Math.log10(p)) - 1);
  const mantissa = Math.round(p / 10 ** exponent);
  return mantissa * 16 + exponent;
}

/**
 * The committed bytes of the build's GazetteerData.
 * @example writeFileSync('data/gazetteer.bin', packGazetteer(await buildGazetteer()))
 */
export function packGazetteer(data: GazetteerData): Uint8Array {
  const e = data.entries;
  const rows = e.name.length;
  // The other names, plus every own name whose plain lower-casing is not its ASCII lower-casing.
  const codesByKey = new Map<string, number[]>();
  data.nameKeys.forEach((key, i) => {
    codesByKey.set(key, [...data.nameRows[i]!]);
  });
  e.name.forEach((name, row) => {
    const lower = name.toLowerCase();
    if (lower === asciiLower(name)) return;
    const codes = codesByKey.get(lower) ?? [];
    if (!codes.includes(row)) codes.push(row);
    codesByKey.set(lower, codes);
  });
  const nameKeys = byteSorted(codesByKey.keys());
  const counts = nameKeys.map((k) => codesByKey.get(k)!.length);
  const codes = nameKeys.flatMap((k) => codesByKey.get(k)!);

  const cumulative = (deltas: number[]) => {
    let sum = 0;
    return deltas.map((d) => (sum += d));
  };
  const cc = table(e.cc);
  const admin1 = table(e.admin1);
  const sameAs = Object.entries(e.sameAs)
    .map(([row, ref]) => [Number(row), ref] as const)
    .sort((a, b) => a[0] - b[0]);
  const w = new Writer();
  const columns: PackedHeader['columns'] = {
    idDelta: w.column(e.geonamesIdDelta),
    lat: w.column(cumulative(e.lat1e3Delta), true),
    lon: w.column(cumulative(e.lon1e3Delta), true),
    type: w.column(e.type),
    pop: w.column(e.pop.map(packPopulation)),
    cc: w.column(cc.codes),
    admin1: w.column(admin1.codes),
    nameCounts: w.column(counts),
    nameCodes: w.column(codes, true),
    sameAsRows: w.column(sameAs.map(([row]) => row)),
  };
  const lines: PackedHeader['lines'] = {
    names: w.lines(e.name),
    nameKeys: w.lines(nameKeys),
    sameAsRefs: w.lines(sameAs.map(([, ref]) => ref)),
    firstWords: w.lines(byteSorted(data.firstWords)),
    commonWords: w.lines(byteSorted(data.commonWords)),
    givenNames: w.lines(byteSorted(data.givenNames)),
    admin1Names: w.lines(data.admin1Names),
  };
  const header: PackedHeader = {
    version: 6,
    attribution: data.attribution,
    rows,
    ccTable: cc.table,
    admin1Table: admin1.table,
    otherRefs: e.otherRefs,
    maxWords: data.maxWords,
    caseSensitive: data.caseSensitive,
    iso3: data.iso3,
    capitals: data.capitals,
    countries: data.countries,
    ...(data.retiredAdmin1 !== undefined ? { retiredAdmin1: data.retiredAdmin1 } : {}),
    columns,
    lines,
  };
  // Section offsets are relative to the end of the header, so the header can be written once.
  const headerBytes = encoder.encode(JSON.stringify(header));
  const out = new Uint8Array(8 + headerBytes.length + w.length);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  let at = 8 + headerBytes.length;
  for (const part of w.parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const NOT_A_GAZETTEER = 'not a news-atlas gazetteer (expected data/gazetteer.bin, version 6)';

/**
 * A fixed-width column read in place: one row's value costs `width` byte reads.
 */
export class Column {
  private readonly bytes: Uint8Array;
  private readonly offset: number;
  readonly count: number;
  private readonly width: number;
  private readonly signed: boolean;

  constructor(bytes: Uint8Array, base: number, place: ColumnPlace) {
    if (place.offset + base + place.count * place.width > bytes.length || place.width > 6) throw new Error(`${NOT_A_GAZETTEER}: a column runs past the end`);
    this.bytes = bytes;
    this.offset = base + place.offset;
    this.count = place.count;
    this.width = place.width;
    this.signed = place.signed;
  }

  /** Every value at once: one tight loop over the planes instead of a call per value, for the few columns the loader needs whole. */
  toInt32Array(): Int32Array {
    const b = this.bytes;
    const n = this.count;
    const o = this.offset;
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      let v = 0;
      for (let k = this.width - 1; k >= 0; k--) v = v * 256 + b[o + k * n + i]!;
      out[i] = this.signed ? unzigzag(v) : v;
    }
    return out;
  }

  at(i: number): number {
    const b = this.bytes;
    const n = this.count;
    const o = this.offset + i;
    let v: number;
    // The usual widths spelled out: this runs for every row a look-up touches, often before the JIT has warmed.
    if (this.width === 1) v = b[o]!;
    else if (this.width === 2) v = b[o]! + b[o + n]! * 256;
    else if (this.width === 3) v = b[o]! + b[o + n]! * 256 + b[o + 2 * n]! * 65_536;
    else {
      v = 0;
      for (let k = this.width - 1; k >= 0; k--) v = v * 256 + b[o + k * n]!;
    }
    return this.signed ? unzigzag(v) : v;
  }
}

/**
 * UTF-8 lines read in place: where each starts is found once (one pass, no string made); a line becomes a string
 * only when asked for, and a sorted section is searched by comparing bytes.
 */
export class Lines {
  readonly bytes: Uint8Array;
  /** Start of line i at starts[i]; starts[count] is one past the end of the last line, plus one (a line break's place). */
  readonly starts: Int32Array;
  readonly count: number;

  /**
   * Finds where each line starts in one pass over the bytes. With `index` (an open-addressing table whose size is
   * a power of two), also hashes each line as `lineHash` does and enters it (line + 1) in the same pass: the
   * own-name index is built without a second walk over the names.
   */
  constructor(bytes: Uint8Array, base: number, place: LinesPlace, index?: Int32Array) {
    const start = base + place.offset;
    const end = start + place.length;
    if (end > bytes.length) throw new Error(`${NOT_A_GAZETTEER}: a section runs past the end`);
    this.bytes = bytes;
    this.count = place.count;
    const count = place.count;
    const starts = new Int32Array(count + 1);
    starts[0] = start;
    let line = 0;
    if (count > 0) {
      const mask = index ? index.length - 1 : 0;
      let h = FNV_OFFSET;
      // One plain loop: it runs before the JIT has warmed up, so it does as little per byte as it can.
      for (let i = start; i <= end; i++) {
        const c = i < end ? bytes[i]! : 10;
        if (c !== 10) {
          if (index) h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
          continue;
        }
        if (line >= count) throw new Error(`${NOT_A_GAZETTEER}: a section has more lines than its header says`);
        if (index) {
          let slot = (h >>> 0) & mask;
          while (index[slot] !== 0) slot = (slot + 1) & mask;
          index[slot] = line + 1;
          h = FNV_OFFSET;
        }
        starts[++line] = i + 1;
      }
    }
    if (line !== count) throw new Error(`${NOT_A_GAZETTEER}: a section's lines are not the ${count} its header says`);
    this.starts = starts;
  }

  /** Line i as a string. */
  at(i: number): string {
    return decoder.decode(this.bytes.subarray(this.starts[i]!, this.starts[i + 1]! - 1));
  }

  /** Every line as a string (one decoding of the section, then a split: far cheaper than line by line). */
  all(): string[] {
    if (this.count === 0) return [];
    return decoder.decode(this.bytes.subarray(this.starts[0]!, this.starts[this.count]! - 1)).split('\n');
  }

  /**
   * Sign of line i against `key` in byte order; `keyBytes` is the key's UTF-8 when it is not ASCII (else its
   * char codes are its bytes and nothing is encoded).
   */
  compareAt(i: number, key: string, keyBytes: Uint8Array | undefined): number {
    const b = this.bytes;
    const start = this.starts[i]!;
    const length = this.starts[i + 1]! - 1 - start;
    const keyLength = keyBytes ? keyBytes.length : key.length;
    const n = Math.min(length, keyLength);
    for (let j = 0; j < n; j++) {
      const d = b[start + j]! - (keyBytes ? keyBytes[j]! : key.charCodeAt(j));
      if (d !== 0) return d;
    }
    return length - keyLength;
  }

  /** Position of `key` in a byte-sorted section, or -1. */
  indexOf(key: string): number {
    const keyBytes = isAscii(key) ? undefined : encoder.encode(key);
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.compareAt(mid, key, keyBytes);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  has(key: string): boolean {
    return this.indexOf(key) >= 0;
  }
}

/** The file opened: its header, and its sections ready to read in place. */
export interface OpenedGazetteer {
  header: PackedHeader;
  bytes: Uint8Array;
  column: { [K in keyof PackedHeader['columns']]: Column };
  lines: { [K in keyof PackedHeader['lines']]: Lines };
  /** Own names by `lineHash`: an open-addressing table, slot → row + 1 (0 empty); size a power of two. */
  ownNameSlots: Int32Array;
}

/**
 * Opens the bytes of data/gazetteer.bin; throws a clear message on bytes that are not a gazetteer.
 * @example openGazetteer(readFileSync('data/gazetteer.bin')).header.rows // → 58044
 */
export function openGazetteer(input: Uint8Array | ArrayBuffer): OpenedGazetteer {
  // A plain view even of a Node Buffer: Buffer's own indexOf is a slower path than the typed array's.
  const bytes = input instanceof Uint8Array ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
  if (bytes.length < 8 || MAGIC.some((m, i) => bytes[i] !== m)) throw new Error(NOT_A_GAZETTEER);
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  if (8 + headerLength > bytes.length) throw new Error(`${NOT_A_GAZETTEER}: the header runs past the end`);
  let header: PackedHeader;
  try {
    header = JSON.parse(decoder.decode(bytes.subarray(8, 8 + headerLength))) as PackedHeader;
  } catch {
    throw new Error(`${NOT_A_GAZETTEER}: unreadable header`);
  }
  if (header?.version !== GAZETTEER_FORMAT_VERSION || !header.columns || !header.lines) throw new Error(NOT_A_GAZETTEER);
  const base = 8 + headerLength;
  const column = {} as OpenedGazetteer['column'];
  for (const [k, place] of Object.entries(header.columns)) column[k as keyof OpenedGazetteer['column']] = new Column(bytes, base, place);
  const lines = {} as OpenedGazetteer['lines'];
  // Own names: indexed by hash while their lines are found (a table twice the rows, so probes stay short).
  const ownNameSlots = new Int32Array(2 ** Math.ceil(Math.log2(Math.max(2, header.rows * 2))));
  for (const [k, place] of Object.entries(header.lines)) {
    lines[k as keyof OpenedGazetteer['lines']] = new Lines(bytes, base, place, k === 'names' ? ownNameSlots : undefined);
  }
  for (const k of ['idDelta', 'lat', 'lon', 'type', 'pop', 'cc', 'admin1'] as const) {
    if (column[k].count !== header.rows) throw new Error(`${NOT_A_GAZETTEER}: column ${k} and rows disagree`);
  }
  if (lines.names.count !== header.rows) throw new Error(`${NOT_A_GAZETTEER}: names and rows disagree`);
  return { header, bytes, column, lines, ownNameSlots };
}
