/**
 * The long tail (data/longtail/xx.json): every place of GeoNames cities500 below the bundled gazetteer's cut,
 * sharded by the hash of each normalised name it is known by (src/core/gazetteer/longTail.ts), so that one
 * look-up reads one small file. Deterministic: records in GeoNames id order, shards numbered by hash.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { LONG_TAIL_SHARDS, type LongTailRecord, type LongTailShard, shardOf } from '../../src/core/gazetteer/longTail';
import { normalizeKey } from '../../src/core/text/normalize';
import { DEFAULT_OPTIONS, type GazetteerOptions, inBundle, isFormerPlace } from './gazetteer';
import { readCities } from './geonames';

export const LONG_TAIL_DIR = 'data/longtail';

/** Shard id → its records. */
export async function buildLongTail(options: GazetteerOptions = DEFAULT_OPTIONS): Promise<Map<string, LongTailRecord[]>> {
  const shards = new Map<string, LongTailRecord[]>();
  for (let i = 0; i < LONG_TAIL_SHARDS; i++) shards.set(i.toString(16).padStart(2, '0'), []);
  const records: LongTailRecord[] = [];
  for await (const c of readCities()) {
    if (inBundle(c, options) || isFormerPlace(c)) continue;
    const own = normalizeKey(c.name);
    const keys = [normalizeKey(c.asciiName)].filter((k) => k && k !== own);
    records.push([Number(c.geonameId), c.name, Math.round(c.lat * 1e4), Math.round(c.lon * 1e4), c.countryCode, c.admin1, c.population, keys]);
  }
  records.sort((a, b) => a[0] - b[0]);
  for (const r of records) {
    const ids = new Set([normalizeKey(r[1]), ...r[7]].map(shardOf));
    for (const id of ids) shards.get(id)!.push(r);
  }
  return shards;
}

export function serializeShard(records: LongTailRecord[]): string {
  const shard: LongTailShard = { version: 1, records };
  // Pure ASCII, like the gazetteer: non-ASCII escaped so any reader decodes it on the fast path.
  return `${JSON.stringify(shard).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

/** Writes every shard, removing stale ones; returns the number of records and the largest shard's size. */
export function writeLongTail(shards: Map<string, LongTailRecord[]>): { records: number; largest: number; bytes: number } {
  mkdirSync(LONG_TAIL_DIR, { recursive: true });
  for (const f of readdirSync(LONG_TAIL_DIR)) if (f.endsWith('.json')) rmSync(`${LONG_TAIL_DIR}/${f}`);
  let largest = 0;
  let bytes = 0;
  const ids = new Set<number>();
  for (const [id, records] of shards) {
    const text = serializeShard(records);
    writeFileSync(`${LONG_TAIL_DIR}/${id}.json`, text);
    largest = Math.max(largest, text.length);
    bytes += text.length;
    for (const r of records) ids.add(r[0]);
  }
  return { records: ids.size, largest, bytes };
}
