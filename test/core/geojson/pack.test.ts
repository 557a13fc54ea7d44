/** Packing mentions for the worker's messages and the saved articles: nothing is lost, and excerpts become offsets. */
import { readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadResourcesSync } from '../../../src/cli/resources';
import { isPacked, packCollection, unpackCollection, unpacking } from '../../../src/core/geojson/pack';
import type { AtlasCollection, PlaceFeature } from '../../../src/core/geojson/types';
import { analyzeArticle } from '../../../src/core/pipeline';

const seedText = readFileSync('seeds/000_b76ed577badf652c.txt', 'utf8');
let seed: AtlasCollection;
beforeAll(() => {
  seed = analyzeArticle(seedText, loadResourcesSync(), { id: 'seed' });
});

const place = (id: string, mentions: unknown[], extra: Record<string, unknown> = {}): PlaceFeature =>
  ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: { kind: 'place', name: id, placeType: 'city', mentions, ...extra },
  }) as unknown as PlaceFeature;

const collectionOf = (text: string, features: PlaceFeature[]): AtlasCollection => ({
  type: 'FeatureCollection',
  article: { id: 'a', title: 'A', text },
  features,
});

/** What the other side of postMessage or IndexedDB receives: a structured clone. */
const copied = <T>(value: T): T => deserialize(serialize(value)) as T;

describe('packCollection / unpackCollection', () => {
  it('gives back the seed analysis exactly, through a structured clone, with every excerpt an offset', () => {
    const packed = packCollection(seed);
    expect(isPacked(packed)).toBe(true);
    // Every mention of the pipeline slices the article, so no string is kept aside.
    expect(packed.strings).toEqual([]);
    expect(packed.collection.features.every((f) => f.properties.mentions.length === 0)).toBe(true);
    expect(unpackCollection(copied(packed))).toEqual(seed);
  });

  it('copies a long article in a fraction of the bytes', () => {
    const text = `${seedText}\n\n`.repeat(5);
    const long = analyzeArticle(text, loadResourcesSync(), { id: 'long' });
    const plain = serialize(long).length;
    const packed = serialize(packCollection(long)).length;
    expect(packed).toBeLessThan(plain / 2);
    expect(unpackCollection(copied(packCollection(long)))).toEqual(long);
  });

  it('keeps texts and excerpts that are not slices of the article, and mentions with other members, as they were', () => {
    const text = 'Talks in Moscow went on. Then Moscow again, at length.';
    const second = text.lastIndexOf('Moscow');
    const odd = collectionOf(text, [
      place('place:moscow', [
        { start: 9, end: 15, text: 'Moscow', excerpt: 'Talks in Moscow went on.' },
        // A capped excerpt (excerptFor adds an ellipsis), and a text that differs from the slice.
        { start: second, end: second + 6, text: 'MOSCOW', excerpt: '…Then Moscow again…' },
      ]),
      place('place:extra', [{ start: 0, end: 5, text: 'Talks', excerpt: text, note: 'kept' }]),
      place('place:none', []),
    ]);
    const before = JSON.stringify(odd);
    const packed = packCollection(odd);
    expect(JSON.stringify(odd)).toBe(before);
    expect(packed.strings).toEqual(['MOSCOW', '…Then Moscow again…']);
    expect(packed.collection.features[1]).toBe(odd.features[1]);
    expect(unpackCollection(copied(packed))).toEqual(odd);
  });

  it('returns a plain collection (one saved before packing) as it is', () => {
    expect(unpackCollection(seed)).toBe(seed);
    expect(isPacked(seed)).toBe(false);
  });

  it('round-trips any mentions, slices of the text or not, in or out of range', () => {
    const mention = fc.record({
      start: fc.integer({ min: 0, max: 60 }),
      length: fc.integer({ min: 0, max: 12 }),
      before: fc.integer({ min: 0, max: 30 }),
      after: fc.integer({ min: 0, max: 30 }),
      ownText: fc.option(fc.string({ maxLength: 6 }), { nil: undefined }),
      ownExcerpt: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.array(fc.array(mention, { maxLength: 6 }), { maxLength: 4 }), (text, places) => {
        const features = places.map((ms, i) =>
          place(
            `place:${i}`,
            ms.map((m) => {
              const end = m.start + m.length;
              return {
                start: m.start,
                end,
                text: m.ownText ?? text.slice(m.start, end),
                excerpt: m.ownExcerpt ?? text.slice(Math.max(0, m.start - m.before), end + m.after),
              };
            }),
          ),
        );
        const original = collectionOf(text, features);
        expect(unpackCollection(copied(packCollection(original)))).toEqual(original);
      }),
    );
  });
});

describe('packCollection of an unpacked analysis', () => {
  it('packs an analysis it unpacked again exactly: renamed, after its buffers were handed over, over other text', () => {
    const received = unpackCollection(copied(packCollection(seed)));
    // The page renames the article before saving it: same features, another article object.
    const shown: AtlasCollection = { ...received, article: { ...received.article, title: 'Renamed' } };
    const first = packCollection(shown);
    expect(first.collection.article.title).toBe('Renamed');
    expect(unpackCollection(copied(first))).toEqual(shown);
    // Handing the first one's buffers to another thread leaves the next packing whole.
    structuredClone(first, { transfer: [first.mentions.buffer, first.features.buffer] });
    expect(unpackCollection(copied(packCollection(shown)))).toEqual(shown);
    // Other text over the same features is packed afresh.
    const retexted: AtlasCollection = { ...received, article: { ...received.article, text: `${seedText} ` } };
    expect(unpackCollection(copied(packCollection(retexted)))).toEqual(retexted);
  });
});

describe('unpacking', () => {
  it('unpacks in slices of at most the given number of mentions, to the same collection', () => {
    const packed = copied(packCollection(seed));
    const total = packed.mentions.length / 5;
    const steps = unpacking(packed, 10);
    let slices = 1;
    let step = steps.next();
    while (!step.done) {
      slices++;
      step = steps.next();
    }
    expect(slices).toBe(Math.ceil(total / 10));
    expect(step.value).toEqual(seed);
    // A plain collection takes no slice at all.
    expect(unpacking(seed, 10).next()).toEqual({ done: true, value: seed });
  });
});
