/**
 * The long tail: GeoNames' small places below the bundled gazetteer's population cut (down to cities500's
 * smallest), kept outside the bundle in shards (data/longtail/xx.json) so that one name's look-up reads one
 * small file. Pure: the caller passes a loader (fetch in the worker, fs in the CLI).
 */

/** How many shards the long tail is cut into: one look-up reads one of them (~26 KB, ~9 KB gzip). */
export const LONG_TAIL_SHARDS = 256;

/**
 * A long-tail place as stored in a shard: GeoNames id, name, latitude and longitude (degrees × 10⁴), ISO
 * alpha-2, GeoNames admin1 code, population, and the other normalised keys it is known by.
 */
export type LongTailRecord = [id: number, name: string, lat1e4: number, lon1e4: number, cc: string, admin1: string, pop: number, keys: string[]];

/** One shard file: version and records. */
export interface LongTailShard {
  version: 1;
  records: LongTailRecord[];
}

/** Reads shard `id` ("0a"); resolves to the parsed file, or rejects when it cannot be read. */
export type ShardLoader = (id: string) => Promise<unknown>;

/**
 * The shard a normalised name key lives in: FNV-1a over its UTF-16 code units, two hex digits.
 *
 * @example shardOf('paris') // → a stable id such as '3e'
 */
export function shardOf(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % LONG_TAIL_SHARDS).toString(16).padStart(2, '0');
}

/**
 * Checks a loaded shard's shape; throws a clear message on anything else.
 * @example asLongTailShard(await readLongTailShard('ed'), 'ed').records.length // → some hundreds
 */
export function asLongTailShard(data: unknown, id: string): LongTailShard {
  const d = data as LongTailShard;
  if (!d || typeof d !== 'object' || d.version !== 1 || !Array.isArray(d.records)) {
    throw new Error(`long-tail shard ${id} is not a news-atlas shard (version 1)`);
  }
  return d;
}
