/**
 * A collection in a form that is cheap to copy between threads and into IndexedDB. A long article's
 * collection is mostly its mentions: a 2 MB article has ~50,000, each an object with its own copy of its
 * sentence (the excerpt), 24 MB to copy and 0.2–0.5 s of main-thread time each way. Packed, each mention
 * whose text and excerpt are slices of the article is five integers in one typed array (copied as one
 * block), and unpacking slices the article again. What is not such a slice is kept as is, so unpacking
 * gives back exactly the collection that was packed. Pure: no DOM.
 */
import type { Mention } from '../types';
import type { AtlasCollection, AtlasFeature } from './types';

/**
 * Integers per packed mention: start, end, where its text is (NOT_A_SLICE or an index into `strings`), and
 * the excerpt's start and end in the article (or NOT_A_SLICE and an index into `strings`).
 */
const STRIDE = 5;
/** The text or excerpt is not a slice of the article: its string is in `strings`. */
const NOT_A_SLICE = -1;
/** An excerpt is the mention's sentence, capped at a few hundred characters (excerptFor); a packed one is searched for this far before the mention. */
const MAX_EXCERPT_REACH = 2_000;

export interface PackedCollection {
  /** Marks the packed form (a stored article from before packing is a plain AtlasCollection). */
  packedMentions: 1;
  /** The collection with the packed features' mentions left empty. */
  collection: AtlasCollection;
  /** Pairs: index of a feature in `collection.features`, number of its mentions in `mentions`. */
  features: Int32Array;
  /** STRIDE integers per mention, features in the order of `features`. */
  mentions: Int32Array;
  /** Texts and excerpts that are not slices of the article. */
  strings: string[];
}

/**
 * Whether a stored or received value is a packed collection.
 * @example isPacked(packCollection(fc)) // → true
 */
export function isPacked(value: unknown): value is PackedCollection {
  const v = value as Partial<PackedCollection> | null;
  return !!v && v.packedMentions === 1 && v.mentions instanceof Int32Array && v.features instanceof Int32Array && Array.isArray(v.strings);
}

const isPlainMention = (m: unknown): m is Mention => {
  if (!m || typeof m !== 'object') return false;
  const x = m as Record<string, unknown>;
  return (
    Object.keys(x).length === 4 &&
    Number.isInteger(x.start) &&
    Number.isInteger(x.end) &&
    typeof x.text === 'string' &&
    typeof x.excerpt === 'string' &&
    (x.start as number) >= 0 &&
    (x.start as number) <= 2 ** 31 - 1 &&
    (x.end as number) <= 2 ** 31 - 1
  );
};

/**
 * The packed form each unpacked features array came from: the page receives an analysis packed and saves it
 * packed, and packing it again on the main thread would cost as much as the unpacking saved.
 */
const packedFrom = new WeakMap<readonly AtlasFeature[], PackedCollection>();

/**
 * Pack a collection's mentions (see the module comment). The collection is not changed; features without
 * mentions, or with mentions that carry anything but start, end, text and excerpt, are kept as they are.
 * @example const packed = packCollection(fc); worker.postMessage(packed, [packed.mentions.buffer]);
 */
export function packCollection(collection: AtlasCollection): PackedCollection {
  const text = typeof collection.article?.text === 'string' ? collection.article.text : '';
  // Features as unpacked (the app never changes them in place; edits make new arrays) over the same text:
  // their packed form again, its buffers copied, since a sender may hand them over to another thread.
  const known = packedFrom.get(collection.features);
  if (known && known.collection.article?.text === collection.article?.text) {
    return { ...known, collection: { ...collection, features: known.collection.features }, features: known.features.slice(), mentions: known.mentions.slice() };
  }
  const features: number[] = [];
  const columns: number[] = [];
  const strings: string[] = [];
  let lastExcerpt = '';
  let lastExcerptAt = -1;
  const packed = collection.features.map((feature: AtlasFeature, index) => {
    const mentions = (feature?.properties as { mentions?: unknown } | undefined)?.mentions;
    if (!Array.isArray(mentions) || mentions.length === 0 || !mentions.every(isPlainMention)) return feature;
    for (const m of mentions) {
      columns.push(m.start, m.end);
      if (text.slice(m.start, m.end) === m.text) columns.push(NOT_A_SLICE);
      else columns.push(strings.push(m.text) - 1);
      // The excerpt holds the mention: it starts at most its own length before the mention's end.
      let at = m.excerpt === lastExcerpt && lastExcerptAt <= m.start && lastExcerptAt + m.excerpt.length >= m.end ? lastExcerptAt : -1;
      if (at < 0 && m.excerpt.length > 0 && m.excerpt.length <= MAX_EXCERPT_REACH) {
        const from = Math.max(0, m.end - m.excerpt.length);
        const found = text.slice(from, m.start + m.excerpt.length).indexOf(m.excerpt);
        if (found >= 0 && from + found <= m.start) at = from + found;
      }
      if (at >= 0) {
        columns.push(at, at + m.excerpt.length);
        lastExcerpt = m.excerpt;
        lastExcerptAt = at;
      } else columns.push(NOT_A_SLICE, strings.push(m.excerpt) - 1);
    }
    features.push(index, mentions.length);
    return { ...feature, properties: { ...feature.properties, mentions: [] } } as AtlasFeature;
  });
  return {
    packedMentions: 1,
    collection: { ...collection, features: packed },
    features: Int32Array.from(features),
    mentions: Int32Array.from(columns),
    strings,
  };
}

/** Mentions unpacked between two yields of `unpacking`: a few milliseconds of work. */
export const MENTIONS_PER_SLICE = 5_000;

/**
 * The collection a packed one was made from (a plain collection is returned as it is, so values stored
 * before packing still read).
 * @example unpackCollection(packCollection(fc)) // deep-equals fc
 */
export function unpackCollection(value: PackedCollection | AtlasCollection): AtlasCollection {
  const steps = unpacking(value, Number.POSITIVE_INFINITY);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * unpackCollection in slices: the generator yields after every `perSlice` mentions, so a caller on the
 * main thread can let the page answer in between (a 2 MB article has ~50,000 mentions), and returns the
 * collection.
 * @example const steps = unpacking(packed); let s = steps.next(); while (!s.done) { await nextTask(); s = steps.next(); }
 */
export function* unpacking(value: PackedCollection | AtlasCollection, perSlice = MENTIONS_PER_SLICE): Generator<void, AtlasCollection, void> {
  if (!isPacked(value)) return value;
  const { collection, features, mentions: columns, strings } = value;
  const text = typeof collection.article?.text === 'string' ? collection.article.text : '';
  const out = collection.features.slice();
  let row = 0;
  let sinceYield = 0;
  for (let f = 0; f + 1 < features.length; f += 2) {
    const index = features[f]!;
    const count = features[f + 1]!;
    const feature = out[index];
    if (!feature) throw new Error(`packed mentions for feature ${index}, which is missing`);
    const mentions: Mention[] = new Array(count);
    for (let i = 0; i < count; i++, row += STRIDE) {
      if (++sinceYield > perSlice) {
        sinceYield = 1;
        yield;
      }
      const start = columns[row]!;
      const end = columns[row + 1]!;
      const textAt = columns[row + 2]!;
      const excerptStart = columns[row + 3]!;
      const excerptEnd = columns[row + 4]!;
      mentions[i] = {
        start,
        end,
        text: textAt === NOT_A_SLICE ? text.slice(start, end) : strings[textAt]!,
        excerpt: excerptStart === NOT_A_SLICE ? strings[excerptEnd]! : text.slice(excerptStart, excerptEnd),
      };
    }
    out[index] = { ...feature, properties: { ...feature.properties, mentions } } as AtlasFeature;
  }
  packedFrom.set(out, value);
  return { ...collection, features: out };
}
