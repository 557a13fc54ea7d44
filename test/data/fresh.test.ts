/**
 * The committed outputs of `npm run data` must be what the code produces now: a stale data/seed.geojson or
 * gazetteer fails here (run `npm run data`). Rebuilding the gazetteer also proves the build deterministic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, serializeGazetteer } from '../../scripts/data/gazetteer';
import { buildLabels, LABELS_PATH, serializeLabels } from '../../scripts/data/labels';
import { buildLongTail, serializeShard } from '../../scripts/data/longTail';
import { SEED_GEOJSON_PATH, SEED_META_PATH, seedGeoJson, seedMetaJson } from '../../scripts/data/seed';

describe('data/ is fresh', () => {
  it('data/seed.geojson is what the pipeline makes of the seed article', () => {
    expect(readFileSync(SEED_GEOJSON_PATH, 'utf8')).toBe(seedGeoJson());
  });

  it('the seed metadata is what the parser reads from the text', () => {
    expect(readFileSync(SEED_META_PATH, 'utf8')).toBe(seedMetaJson());
    const meta = JSON.parse(seedMetaJson());
    expect(meta).toMatchObject({ byline: 'Julia Lyubova', tags: ['china'], published: '2018-04-10' });
  });

  it('data/gazetteer.bin is rebuilt byte for byte from the packages', async () => {
    const built = serializeGazetteer(await buildGazetteer());
    expect(Buffer.from(built).equals(readFileSync('data/gazetteer.bin'))).toBe(true);
  }, 120_000);

  it('data/labels.json (the basemap names) is rebuilt byte for byte from the packages', async () => {
    const built = serializeLabels(await buildLabels());
    expect(built === readFileSync(LABELS_PATH, 'utf8')).toBe(true);
    const file = JSON.parse(built) as { labels: [string, number, number, string, number][] };
    // Names people use, and every kind of name.
    const names = new Set(file.labels.map((l) => l[0]));
    for (const name of ['United States', 'North Korea', 'Pacific Ocean', 'Seoul', 'Moscow', 'Texas', 'Sea of Japan', 'Ontario', 'Queensland', 'Bahia']) expect(names.has(name), name).toBe(true);
  }, 120_000);
});

describe('data/longtail/ is fresh', () => {
  it('every shard is rebuilt byte for byte from the packages, none missing or stale', async () => {
    const shards = await buildLongTail();
    expect(readdirSync('data/longtail').filter((f) => f.endsWith('.json')).sort()).toEqual([...shards.keys()].map((id) => `${id}.json`).sort());
    const stale = [...shards].filter(([id, records]) => serializeShard(records) !== readFileSync(`data/longtail/${id}.json`, 'utf8'));
    expect(stale.map(([id]) => id)).toEqual([]);
  }, 120_000);
});
