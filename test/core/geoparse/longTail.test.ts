/**
 * The long tail: small places below the bundled cut are found when the text qualifies them, through one
 * shard per name, and an article that qualifies nothing unknown reads no shard (asserted with a loader spy).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { shardOf } from '../../../src/core/gazetteer/longTail';
import { loadGazetteerSync, readLongTailShard } from '../../../src/core/gazetteer/node';
import { longTailNeeds, withLongTail } from '../../../src/core/geoparse/longTail';
import { analyzeArticleAsync } from '../../../src/core/pipeline';

const gaz = loadGazetteerSync();

function spyLoader() {
  return vi.fn((id: string) => readLongTailShard(id));
}

async function placesOf(text: string, load = spyLoader(), home?: string) {
  const fc = await analyzeArticleAsync(text, { gazetteer: gaz, longTail: load }, undefined, { home });
  return fc.features.flatMap((f) => (f.properties.kind === 'place' ? [f.properties] : []));
}

describe('qualified small towns', () => {
  it.each([
    ['PARIS, Mo. (AP) — The county fair opened on Friday with a tractor parade.', 'Paris', 'MO'],
    ['COLUMBIA, Ky. — A barn fire kept volunteers busy overnight, the fire chief said.', 'Columbia', 'KY'],
    ['She grew up in London, Arkansas, and moved to Little Rock after college.', 'London', 'AR'],
  ])('%s', async (text, name, state) => {
    const load = spyLoader();
    const places = await placesOf(text, load);
    const town = places.find((p) => p.name === name)!;
    expect(town).toMatchObject({ countryCode: 'US', placeType: 'village', gazetteer: { source: 'geonames' } });
    // The village is in the qualifier's state: the shard's record says so.
    const key = name.toLowerCase();
    const shard = (await readLongTailShard(shardOf(key))) as { records: Array<[number, string, number, number, string, string]> };
    const record = shard.records.find((r) => String(r[0]) === town.gazetteer.id)!;
    expect(record[5]).toBe(state);
    // One name, one shard.
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith(shardOf(key));
  });

  it('reads no shard for an article that qualifies nothing unknown', async () => {
    const load = spyLoader();
    const seed = readFileSync('seeds/000_b76ed577badf652c.txt', 'utf8');
    await placesOf(seed, load);
    await placesOf('Officials in Paris and Berlin met on Monday; Springfield, Ill., sent a delegate.', load);
    expect(load).not.toHaveBeenCalled();
  });

  it('leaves the bundled gazetteer unchanged for the next article', async () => {
    const before = gaz.lookup('paris').length;
    await placesOf('PARIS, Mo. (AP) — The county fair opened on Friday.');
    expect(gaz.lookup('paris')).toHaveLength(before);
    const places = await placesOf('Officials in Paris and Berlin met on Monday.');
    expect(places.find((p) => p.name === 'Paris')?.countryCode).toBe('FR');
  });

  it('finds a town the reader sets as home', async () => {
    const load = spyLoader();
    expect(longTailNeeds('A quiet week.', gaz, 'Paris, Mo.')).toEqual([{ key: 'paris', within: ['US-MO'] }]);
    const local = await withLongTail('The Paris council met on Tuesday.', gaz, load, 'Paris, Mo.');
    expect(local.lookup('paris').some((h) => local.admin1(h.row) === 'MO')).toBe(true);
  });

  it('survives a shard that cannot be read: the bundled readings stand', async () => {
    const failing = vi.fn(async () => {
      throw new Error('offline');
    });
    const places = await placesOf('PARIS, Mo. (AP) — The county fair opened on Friday.', failing);
    expect(failing).toHaveBeenCalledTimes(1);
    expect(places.find((p) => p.name === 'Paris')?.placeType).not.toBe('village');
  });

  it('rejects a file that is not a shard with a clear message, and keeps going', async () => {
    const junk = vi.fn(async () => ({ hello: 'world' }));
    const places = await placesOf('COLUMBIA, Ky. — A barn fire kept volunteers busy.', junk);
    expect(junk).toHaveBeenCalledTimes(1);
    expect(places.some((p) => p.name === 'Columbia')).toBe(true);
  });
});

describe('the second look: villages of the states the article names', () => {
  it('finds an unqualified village in the state the article names, with one shard read', async () => {
    const load = spyLoader();
    const places = await placesOf('Louisiana state troopers said the fire in Mansfield destroyed two homes on Tuesday.', load);
    expect(places.find((p) => p.name === 'Mansfield')).toMatchObject({ countryCode: 'US', admin1Name: 'Louisiana', placeType: 'village' });
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith(shardOf('mansfield'));
  });

  it('takes no second look without a named state, nor at a big city or a capital', async () => {
    const load = spyLoader();
    // No state named: the bundled reading stands and nothing is read.
    await placesOf('Firefighters in Mansfield worked through the night.', load);
    // A state named, but Edmonton and Berlin are big places: the article means them.
    const places = await placesOf('Kentucky officials met a delegation from Edmonton and Berlin.', load);
    expect(load).not.toHaveBeenCalled();
    expect(places.find((p) => p.name === 'Edmonton')?.countryCode).toBe('CA');
  });
});

describe('lists are not qualifiers', () => {
  it('reads "Russia, U.S. negotiators" as two countries, with no shard read', async () => {
    const load = spyLoader();
    const places = await placesOf('After the summit, Russia, U.S. negotiators said, agreed to talk again.', load);
    expect(places.find((p) => p.name === 'Russia')?.placeType).toBe('country');
    expect(load).not.toHaveBeenCalled();
  });

  it('still reads a country-named town qualified by a state abbreviation in a dateline', async () => {
    const places = await placesOf('CUBA, Mo. (AP) — A barn fire kept volunteers busy overnight.');
    expect(places.find((p) => p.name === 'Cuba')).toMatchObject({ countryCode: 'US', admin1Name: 'Missouri' });
  });
});

